#!/usr/bin/env python3
"""Writes holdout68.jsonl: a fresh generalisation holdout for four sellers not used before
(cuartoslimpiosmx, brigadabr, snowplowon, cromadoar; profiles in ./profiles).

cuartoslimpiosmx is a Mexican design-build and certification company for ISO 14644 cleanrooms (classes 5-8: HVAC/HEPA,
panels, pass-throughs, particle-count certification, requalification, IQ/OQ/PQ for COFEPRIS/FDA); brigadabr is a
Brazilian supplier of civil firefighters (bombeiro civil) and emergency brigades on contract, with NR-23 / IT-17
brigade training and AVCB fire drills; snowplowon is an Ontario/Quebec commercial snow plowing, salting and hauling
contractor (seasonal, per-push and per-event, with liability logs); cromadoar is an Argentine hard-chrome plating and
industrial cylinder / roll repair workshop (grinding, re-chroming, HVOF) serving Argentina, Uruguay, Chile and Bolivia.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from any existing set. 42 leads per seller, 168 in all, in 22 kinds (buyer, influencer,
horizon, no_timeline, past_incident, unrelated_urgency, negated_urgency, unusual_words, small_business, off_target,
off_country, job_seeker, vendor, partner, competitor, private_person, student, spam, content_free, injection,
disposable_email, invalid_email). Every lead is split `holdout68`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person with a
personal need). A field that is simply absent is neutral. So an off-country or off-industry lead that is strong on the
other three factors is B, not D, and is staged by its urgency and contact like any B. Decision makers follow section 1
with each profile's buyerAreas; a lead with no job title is UNKNOWN and never SQL. Urgency follows section 3 literally:
a negated urgency is never CRITICAL (a quote request next to it stays HIGH), an incident in the past is not an incident
now, urgency or a deadline about an unrelated matter does not count, a request for a quote, a proposal, a call or a visit
is HIGH, and "next year" / "in about twelve months" is LOW. Content-free leads carry complete corporate fields so that
data quality is not POOR and section 6 rule 2 (REVIEW) applies; a disposable or invalid email is DISQUALIFIED first.

Each seller's rows live in rows_<id>.py (a docstring and add(rows)); L() and write() come from
holdout_rows.SellerRows. Ids are az001, az002, ... in the order the rows are written; each row's profile is the
seller() block it sits in. Run:
    python3 build-holdout68.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_cuartoslimpiosmx, rows_brigadabr, rows_snowplowon, rows_cromadoar  # noqa: E402

_rows = SellerRows(HERE, "az")

for module in (rows_cuartoslimpiosmx, rows_brigadabr, rows_snowplowon, rows_cromadoar):
    module.add(_rows)

_rows.write("holdout68")
