#!/usr/bin/env python3
"""Writes holdout57.jsonl: a fresh generalisation holdout for four sellers not used before
(automapt, medbilltx, licitaes, ingredico; profiles in ./profiles).

automapt is a Portuguese industrial automation integrator (PLC migration, SCADA, robotic cells, retrofit, 24/7 assistance),
leads mainly in Portuguese; medbilltx is a bilingual medical billing and revenue-cycle company in Texas serving practices in
Texas and Florida (US Hispanic market), leads in English and Spanish; licitaes is a Spanish SaaS for public-tender
intelligence in Spain and Portugal (alerts, award database, bid management, data API), leads in Spanish and Portuguese;
ingredico is a Colombian supplier of food and beverage ingredients (flavours, bakery premixes, stabilisers, colourants)
for Colombia, Ecuador and Panama, leads mainly in Colombian Spanish.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets. Every lead is split `holdout57`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner or reseller after a commission, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: a negated urgency is never CRITICAL, an
incident in the past is not an incident now, urgency about an unrelated matter does not count, a quarter/year horizon is
MEDIUM at most ("next year" is LOW), and a request for a quote, a price, a proposal, a call, a demo or a visit is HIGH.
Content-free descriptions ("Olá", "hola", "N/A", "informações", an emoji) sit on leads whose other fields are complete,
so data quality is not POOR and they are REVIEW.

The leads live in rows_<seller>.py (each an add(rows) that calls seller() then L()); L() and write() come from
holdout_rows.SellerRows. Ids are ao001, ao002, ... in the order the rows are added; each row's profile is the seller()
block it sits in. Run:
    python3 build-holdout57.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_automapt, rows_medbilltx, rows_licitaes, rows_ingredico  # noqa: E402

_rows = SellerRows(HERE, "ao")
for mod in (rows_automapt, rows_medbilltx, rows_licitaes, rows_ingredico):
    mod.add(_rows)
_rows.write("holdout57")
