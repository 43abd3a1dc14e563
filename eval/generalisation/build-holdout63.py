#!/usr/bin/env python3
"""Writes holdout63.jsonl: a fresh generalisation holdout for four sellers not used before
(rescatecl, recolocapt, prefabes, cambiofl; profiles in ./profiles, leads in rows_<id>.py).

rescatecl is a Chilean industrial rescue company (confined-space and high-angle rescue standby, gas detector and SCBA
rental, brigade training; Chile and Peru); recolocapt is a Portuguese outplacement and career-transition consultancy
(leads mostly in European Portuguese); prefabes is a Spanish precast-concrete manufacturer (industrial and logistics
building frames, hollow-core slabs, facade panels, retaining walls; Spain and Portugal); cambiofl is a Miami-based
cross-border B2B payments and FX platform for US importers and distributors (leads mostly in English, some Spanish).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets. Every lead is split `holdout63`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: a negated urgency is never CRITICAL,
an incident in the past is not an incident now, urgency about an unrelated matter does not count, and a request for
a quote, a price, a proposal, a call, a meeting or a demo is HIGH.

Each rows_<id>.py has add(rows), which opens its seller() block and L()-s its leads; SellerRows comes from
holdout_rows. Ids are au001, au002, ... in the order the rows are written. Run:
    python3 build-holdout63.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_rescatecl, rows_recolocapt, rows_prefabes, rows_cambiofl  # noqa: E402

_rows = SellerRows(HERE, "au")
for _module in (rows_rescatecl, rows_recolocapt, rows_prefabes, rows_cambiofl):
    _module.add(_rows)
_rows.write("holdout63")
