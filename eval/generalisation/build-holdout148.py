#!/usr/bin/env python3
"""Writes holdout148.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(mimetizacaobr, tostadorasec, ozonomx, pastoreiopt; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

mimetizacaobr is a Brazilian camouflaged-telecom-structure company from Joinville (towers and monopoles disguised as
pine trees, palms, water tanks or ornamental poles; camouflage retrofits of existing structures; RF-transparent rooftop
concealment; periodic inspection and storm call-outs) for tower companies, mobile operators, ISPs with their own
towers and telecom-infrastructure integrators in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few
in English. tostadorasec is an Ecuadorian technical service for coffee roasting machines from Guayaquil (preventive
and corrective maintenance of drum and fluid-bed roasters, burner and afterburner tuning and certification, probes
and roast-profile instrumentation, service contracts with local spares, installation of new and used roasters) for
industrial and specialty roasters, coffee exporters and coffee-shop chains with their own roastery in Ecuador, 20
employees or more; leads in Ecuadorian Spanish, a few in English. ozonomx is a Mexican ozone and UV disinfection
company from León, Guanajuato (design and installation of ozonation systems, maintenance of ozone generators and UV
equipment, disinfection validation and bromate control for NOM-201 and COFEPRIS, ozonated-water sanitising of jugs,
tanks and filling lines) for bottled-water, garrafón, ice and beverage plants in Mexico, 30 employees or more; leads
in Mexican Spanish, a few in English. pastoreiopt is a Portuguese vegetation-management company for solar farms from
Évora (sheep grazing with own flocks, mechanical mowing under module rows, fuel-management strips and fire-prevention
plans, biodiverse meadows and herbicide-free invasive control) for owners, IPPs, asset managers and O&M companies of
PV plants in Portugal, 20 employees or more; leads in European Portuguese, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are eb001, eb002, ... in the order the rows are added. Run:
    python3 -B build-holdout148.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "eb", ["rows_mimetizacaobr", "rows_tostadorasec", "rows_ozonomx", "rows_pastoreiopt"])
