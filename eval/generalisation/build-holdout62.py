#!/usr/bin/env python3
"""Writes holdout62.jsonl: a fresh generalisation holdout for four sellers not used before
(haccppt, andenesus, altatensiones, maquilamx; profiles in ./profiles, rows in ./rows_<id>.py).

haccppt is a Portuguese food-safety consultancy and laboratory (HACCP plans, analyses and shelf-life studies,
IFS/BRCGS/FSSC preparation, hygiene audits, food-handler training); its leads are mostly in Portuguese.
andenesus is a Houston SaaS for dock appointment scheduling and yard management sold in the US and Mexico; its leads
are mostly in English, some in Spanish. altatensiones is a Spanish company maintaining customer-owned transformer
centres and HV/MV substations (OCA inspections, testing, 24/7 call-out). maquilamx is a Mexican food contract
manufacturer (sauces and dressings, private-label development, snack packing, NOM-051 labelling).

Written and labelled from the shared policy.md alone (sections 1-7, buyerAreas, section 6's non-buyers, the
prompt-injection note). No classifier code was read or run and no other set was read. Every lead is split
`holdout62`: a measuring set, not a tuning set.

Fit grade in the `why` strings: four factors (industry, size against the profile's minimum, need against
mainServices, country against targetCountries). A: all good; B: one weak; C: two weak; D: three weak, or not a buyer
at all (student, job seeker, vendor, partner after a commission, competitor, private person). An absent field is
neutral. Urgency follows section 3 literally: a quote, price, proposal, call, visit or demo request is HIGH; next
quarter / this year / evaluating is MEDIUM; next year or information only is LOW; a negated urgency is never
CRITICAL; a past incident is not an incident now; urgency about an unrelated matter does not count.

Ids are at001, at002, ... in the order the rows are added; each row's profile is the seller() block it sits in. Run:
    python3 build-holdout62.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_haccppt, rows_andenesus, rows_altatensiones, rows_maquilamx  # noqa: E402

_rows = SellerRows(HERE, "at")
for module in (rows_haccppt, rows_andenesus, rows_altatensiones, rows_maquilamx):
    module.add(_rows)
_rows.write("holdout62")
