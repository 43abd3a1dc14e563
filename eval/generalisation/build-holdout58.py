#!/usr/bin/env python3
"""Writes holdout58.jsonl: a fresh generalisation holdout for four sellers not used before
(esgpt, cubiertases, codificaco, condofl; profiles in ./profiles).

esgpt is a Portuguese ESG consultancy (CSRD/GRI reports, carbon footprint, EcoVadis and bank ESG questionnaires),
mainly Portuguese; cubiertases is a Spanish industrial roofing company (waterproofing, sheet and sandwich-panel roofs,
asbestos removal, skylights and gutters, lifelines) working in Spain and Portugal; codificaco is a Colombian seller of
coding and marking equipment (CIJ/TIJ coders, lasers, TTO, print & apply, service and consumables) for Colombia,
Ecuador and Panama; condofl is a bilingual condo/HOA management SaaS from Doral, Florida, selling in English and Spanish.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets. Every lead is split `holdout58`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: "hoy/hoje/today" meaning "nowadays"
is no deadline, a negated urgency is never CRITICAL (but a quote request is still HIGH), an incident in the past is
not an incident now, urgency about an unrelated matter does not count, and a request for a quote, a price, a
proposal, a call, a demo or a visit is HIGH. A MANAGER counts as a decision maker only in technology, purchasing or
one of the profile's buyerAreas.

The rows live in rows_<seller>.py (one add(rows) per seller); L() and write() come from holdout_rows.SellerRows.
Ids are ap001, ap002, ... in the order the rows are written; each row's profile is the seller() block it sits in. Run:
    python3 build-holdout58.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_esgpt, rows_cubiertases, rows_codificaco, rows_condofl  # noqa: E402

_rows = SellerRows(HERE, "ap")
for module in (rows_esgpt, rows_cubiertases, rows_codificaco, rows_condofl):
    module.add(_rows)
_rows.write("holdout58")
