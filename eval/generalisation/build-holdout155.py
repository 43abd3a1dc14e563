#!/usr/bin/env python3
"""Writes holdout155.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(reeferbr, antiadherentepe, cromatografiamx, subprodutospt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

reeferbr is a Brazilian reefer-container service company based in Itajaí and Santos (24/7 yard and vessel monitoring
of reefers, PTI and pre-cooling before shipment, repair of Carrier / Thermo King / Daikin / Star Cool units,
maintenance of reefer racks and 440 V yard sockets) for container and multipurpose terminals, dry ports, retroport
terminals and bonded warehouses in Brazil, 80 employees or more; leads in Brazilian Portuguese, a few in English.
antiadherentepe is a Peruvian bakeware reconditioning company in Lima and Chiclayo (food-grade non-stick recoating of
trays, bread pans and cake / panettone moulds, mechanical repair, rotating replacement stock, audit of the tray and
mould fleet) for bakery and patisserie chains, industrial bread plants, supermarkets with in-store bakeries and
food-service concessionaires in Peru, 30 workers or more; leads in Peruvian Spanish, a few in English.
cromatografiamx is a Mexican analytical-instrument service company in Puebla and Toluca (multi-brand maintenance of
HPLC, GC and GC-MS, service of UV-Vis, AA, ICP-OES and FTIR spectrometers, annual service contracts for university
labs, relocation, start-up and rehabilitation of instruments) for university research labs, public research centres
and technological institutes in Mexico, 100 employees or more; leads in Mexican Spanish, a few in English.
subprodutospt is a Portuguese fish by-product company in Setúbal and Olhão (refrigerated collection of heads, bones,
viscera and skins, valorisation into fishmeal, fish oil and silage with payment per tonne, by-product paperwork for
DGAV / e-GAR / IFS audits, in-plant diagnosis of the by-product circuit) for fish and seafood processing plants,
canneries, salt-cod plants and bivalve dispatch centres in Portugal, 25 workers or more; leads in European
Portuguese, a few in English.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are ei001, ei002, ... in the order the rows are added. Run:
    python3 -B build-holdout155.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "ei", ["rows_reeferbr", "rows_antiadherentepe", "rows_cromatografiamx", "rows_subprodutospt"])
