#!/usr/bin/env python3
"""Writes holdout121.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(estabilidadebr, trincajeco, postventamx, donorresearchus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

estabilidadebr is a Brazilian outsourced stability-study laboratory in Campinas (ICH climatic-chamber sample storage,
long-term / accelerated / follow-up protocols with scheduled pulls and HPLC and physico-chemical tests,
photostability and in-use studies, protocol and report writing with shelf-life statistics and Anvisa support) for
pharmaceutical, cosmetics, sanitising-product, food-supplement and veterinary-medicine manufacturers in Brazil,
Paraguay and Uruguay, 50 employees or more; leads in Brazilian Portuguese, a few in Spanish. trincajeco is a
Colombian cargo lashing and securing contractor in Barranquilla (lashing / unlashing gangs, lashing plans and
securing calculations under the IMO CSS Code, supply, rental and inspection of lashing gear, pre-sailing inspection of
secured cargo) for port companies, terminals, port operators, shipping lines, shipping agencies and project-cargo
operators in Colombia and Panama, 40 employees or more; leads in Colombian Spanish, a few in English. postventamx is a
Mexican after-sales company for new housing in Querétaro and Mérida (pre-delivery inspection with snag lists,
accompanied handover, outsourced warranty desk with repair crews, quality dashboards by house model and
subcontractor) for housing developers, homebuilders and condominium management companies in Mexico, 30 employees or
more; leads in Mexican Spanish, a few in English. donorresearchus is a US prospect research firm in Atlanta (donor
profiles with capacity ratings, analyst-reviewed wealth screening loaded back into donor CRMs, portfolio and
campaign pipeline support, interim research staffing) for universities, independent schools, hospital foundations,
foundations and nonprofits in the United States and Puerto Rico, 25 employees or more; leads in English, a few in
Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are da001, da002, ... in the order the rows are added. Run:
    python3 -B build-holdout121.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "da", ["rows_estabilidadebr", "rows_trincajeco", "rows_postventamx", "rows_donorresearchus"])
