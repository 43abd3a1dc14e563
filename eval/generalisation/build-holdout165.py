#!/usr/bin/env python3
"""Writes holdout165.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(tvhotelbr, ensacadorasar, mezclasmx, trellisnz; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

tvhotelbr is a Recife (Brazil) hotel-TV integrator (IPTV and collective TV with a welcome screen, secure in-room
streaming and casting cleared at check-out, digital signage for lobbies and convention areas, 24/7 maintenance
contracts) for hotels, resorts, apart-hotels, larger pousadas and hotel chains in Brazil, 50 employees or more; leads
in Brazilian Portuguese, about a quarter in English. ensacadorasar is a San Juan (Argentina) bagging-line service
company (maintenance and workshop reconditioning of rotary and in-line packers and bag applicators, palletiser and
dispatch-line tuning, telescopic bulk-loading spouts) for cement, lime, gypsum and dry-mortar plants in Argentina and
Chile, 80 employees or more; leads in Rioplatense (and some Chilean) Spanish, a few in English and a few in Portuguese.
mezclasmx is a Puebla (Mexico) sterile-compounding centre (per-patient parenteral nutrition, chemotherapy and
monoclonal antibodies, ready-to-administer IV unit doses, external clinical pharmacy for NOM-249 and certification
audits) for private hospitals, private clinics and oncology / infusion centres in Mexico, 30 employees or more; leads
in Mexican Spanish, a few in English. trellisnz is an Auckland (New Zealand) vineyard trellis contractor (new block
development, post and wire repair and re-tensioning, trellis conversions and retrofits, annual condition surveys) for
wineries and vineyard companies in New Zealand, 20 staff or more; leads in New Zealand English, a few in Spanish.

Each seller has the same 42 kinds, written and labelled by an independent author from policy.md alone; the kinds, how
the set was written and the fit-grade convention of the rows' `why` strings are in README.md, "How the sets
from holdout116 on are written". Ids are es001, es002, ... in the order the rows are added. Run:
    python3 -B build-holdout165.py
"""
import os, sys

sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout_rows import build_set  # noqa: E402

build_set(__file__, "es", ["rows_tvhotelbr", "rows_ensacadorasar", "rows_mezclasmx", "rows_trellisnz"])
