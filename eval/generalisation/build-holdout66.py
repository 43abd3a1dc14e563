#!/usr/bin/env python3
"""Writes holdout66.jsonl: a fresh generalisation holdout for four sellers not used before
(afiabr, fuelsitetx, cristaliaes, hidrosondacl; profiles in ./profiles, rows in ./rows_<id>.py).

afiabr is a Brazilian industrial knife, band-saw and blade sharpening and supply company (meatpackers, food plants,
paper converters, plastic packaging, sawmills; leads mostly Portuguese); fuelsitetx is a US mobile on-site fueling
company for fleets, job sites and backup generators in Texas, Louisiana and Oklahoma (leads mostly English, some
US-Hispanic Spanish); cristaliaes is a Spanish installer of solar-control, security and privacy window film for
offices, hospitals, hotels, banks and retail in Spain and Portugal; hidrosondacl is a Chilean hydrographic survey
company (bathymetry of ports, tailings dams, reservoirs and aquaculture sites, ADCP, dredging surveys) for Chile and Peru.

Written and labelled from the shared policy.md alone (sections 1-7, buyerAreas, section 6's non-buyers, the
prompt-injection note). No classifier code was read or run, no eval was run, and no other set was read. Every lead
is split `holdout66`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum, need against mainServices, country against targetCountries). A: all four good; B: one weak;
C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. A lead without a job position has UNKNOWN
seniority and is not a decision maker. Urgency follows section 3 literally: "hoje/hoy" meaning "nowadays" is no
deadline, a negated urgency is never CRITICAL (a quote request in the same text is still HIGH), an incident in the
past is not an incident now, urgency about an unrelated matter does not count, and a request for a quote, a price,
a proposal, a call, a meeting or a visit is HIGH.

SellerRows comes from holdout_rows. Ids are ax001, ax002, ... in the order the rows are written; each row's profile
is the seller() block it sits in. Run:
    python3 build-holdout66.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_afiabr, rows_fuelsitetx, rows_cristaliaes, rows_hidrosondacl  # noqa: E402

_rows = SellerRows(HERE, "ax")
for module in (rows_afiabr, rows_fuelsitetx, rows_cristaliaes, rows_hidrosondacl):
    module.add(_rows)
_rows.write("holdout66")
