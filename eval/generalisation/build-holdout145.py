#!/usr/bin/env python3
"""Writes holdout145.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(catalogacaobr, acolchadorasve, torniquetesmx, cagefreeus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

catalogacaobr is a Brazilian library-services company in Maceió (outsourced cataloguing and classification, physical
processing of books with spine labels, barcodes and RFID tags, collection inventory and catalogue clean-up, migration
between library systems and DSpace repositories) for the libraries of universities, centros universitários,
faculdades and institutos federais in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in English.
acolchadorasve is a Venezuelan machinery-service company in Barquisimeto (quilting machines, tape-edge machines,
bonnell and pocket spring lines and industrial upholstery sewing machines: maintenance, relocation and start-up,
spare parts and mechanic training) for mattress factories, upholstered-furniture factories and quilted home-textile
makers in Venezuela and Colombia, 20 employees or more; leads in Venezuelan (and some Colombian) Spanish, a few in
English. torniquetesmx is a Mexican fare-equipment maintenance company in Mérida, Yucatán (station turnstiles and
accessible gates, on-board and platform validators, ticket and recharge machines, lab repair of readers and boards,
24/7 service desk and fleet audits) for metro, light-rail and BRT operators in Mexico, Guatemala and Honduras, 100
employees or more; leads in Mexican, Honduran and Guatemalan Spanish, a few in English. cagefreeus is a US cage-free
transition consultancy in Denver (conversion planning, aviary and floor-system installation oversight, flock-management
training for barn crews, certification and state-inspection readiness) for commercial egg farms, pullet growers and
egg cooperatives in the United States, 30 employees or more; leads in American English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are dy001, dy002, ... in the order the rows are added. Run:
    python3 -B build-holdout145.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "dy", ["rows_catalogacaobr", "rows_acolchadorasve", "rows_torniquetesmx", "rows_cagefreeus"])
