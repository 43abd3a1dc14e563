#!/usr/bin/env python3
"""Writes holdout67.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(ferroviabr, backflowaz, hornosindar, catastrogt; profiles in ./profiles), 42 leads each.

ferroviabr is a Brazilian contractor that builds and maintains private railway sidings (ramais ferroviários) of ports,
grain terminals, mills, mines and industrial plants: sleeper replacement, rail and switch (AMV) maintenance, ballast
tamping, geometry inspection, derailment response (leads mostly Portuguese, some Spanish and English). backflowaz is a
backflow prevention assembly testing, repair and cross-connection compliance company for commercial properties in
Arizona, Nevada and New Mexico (mostly English, some US-Hispanic Spanish). hornosindar is an Argentine company that
installs, maintains and repairs industrial ovens and bakery lines in Argentina, Uruguay and Paraguay (Spanish with
rioplatense voseo, some Portuguese and English). catastrogt is a Guatemalan land surveying, cadastral and topography
firm (GNSS/RTK, drone photogrammetry, boundary surveys, subdivision plans, RIC registration, collateral surveys) for
Guatemala, El Salvador and Honduras (Spanish, some English).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and every name,
company, address and sentence was invented for this set. Every lead is split `holdout67`: a measuring set, not a
tuning set. Each seller has the same mix of kinds: 15 buyers (CRITICAL, HIGH, MEDIUM and LOW urgency, some without a
decision-making job title), 3 influencers, 2 horizons, a lead with no timeline, a past incident, an urgency about an
unrelated matter, a negated urgency, 2 needs in unusual words, a small business, an off-target and an off-country
business, a job seeker, 2 vendors, a partner after a commission, a competitor, a private person, a student, spam,
2 content-free descriptions, a prompt injection, a disposable and an invalid email.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Urgency follows section 3 literally: a request for a quote, a proposal, a
call or a site visit is HIGH; "this week", "today", "tomorrow" about the need itself, or something stopped now, is
CRITICAL; a negated urgency is never CRITICAL (but a quote next to it is still HIGH); an incident in the past is not
an incident now; urgency about an unrelated matter does not count; "next year" or no timeline is LOW. A decision
maker is read from the job title only (section 1, with each profile's buyerAreas); no title is UNKNOWN.

L() and write() come from holdout_rows.SellerRows. Ids are ay001, ay002, ... in the order the rows are written (the
rows_<seller>.py modules, in the order imported below); each row's profile is the seller() block it sits in. Run:
    python3 build-holdout67.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_ferroviabr, rows_backflowaz, rows_hornosindar, rows_catastrogt  # noqa: E402

_rows = SellerRows(HERE, "ay")
for _module in (rows_ferroviabr, rows_backflowaz, rows_hornosindar, rows_catastrogt):
    _module.add(_rows)
_rows.write("holdout67")
