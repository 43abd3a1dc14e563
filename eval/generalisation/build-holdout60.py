#!/usr/bin/env python3
"""Writes holdout60.jsonl: a fresh generalisation holdout for four sellers not used before
(refractcl, engclinbr, clearstatustx, adrlevante; profiles in ./profiles, rows in ./rows_<id>.py).

refractcl is a Chilean refractory contractor (furnace linings, hot repairs and gunning, thermography, ceramic-fibre
insulation, refractory drying) for smelters, cement, steel, glass and pulp plants in Chile and Peru; engclinbr is a
Brazilian clinical-engineering company (medical-equipment maintenance, calibration with reports, RDC 509 asset
management, resident teams, backup rental) whose leads are mostly Portuguese; clearstatustx is a Houston Form I-9 /
E-Verify compliance firm for US employers with large hourly, often Spanish-speaking workforces, whose leads are mostly
English; adrlevante is a Valencian external ADR safety adviser for dangerous-goods shippers and carriers in Spain.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets. Every lead is split `holdout60`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: a negated urgency is never CRITICAL,
an incident in the past is not an incident now, urgency about an unrelated matter does not count, and a request for
a quote, a proposal, a price, a call, a demo or a visit is HIGH.

Rows come from holdout_rows.SellerRows. Ids are ar001, ar002, ... in the order the rows are written; each row's
profile is the seller() block it sits in. Run:
    python3 build-holdout60.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_refractcl, rows_engclinbr, rows_clearstatustx, rows_adrlevante  # noqa: E402

_rows = SellerRows(HERE, "ar")
for module in (rows_refractcl, rows_engclinbr, rows_clearstatustx, rows_adrlevante):
    module.add(_rows)
_rows.write("holdout60")
