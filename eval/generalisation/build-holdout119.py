#!/usr/bin/env python3
"""Writes holdout119.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(entregacartoesbr, tapiceriabusescr, sensorialmx, drivetestus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

entregacartoesbr is a Porto Alegre card and document logistics company for financial institutions (card handling and
sealed envelopes, delivery in person with identity check, collection of signed contracts and insurance proposals,
reverse logistics and certified destruction of returned cards and POS terminals) for banks, credit co-operatives,
fintechs, insurers and consórcio administrators in southern Brazil and Uruguay, 100 employees or more; leads in
Brazilian Portuguese, a few in Spanish. tapiceriabusescr is a San José (Costa Rica) bus-interior company for transport
fleets (seat re-upholstery at the client's yard, vandal-proof seat covers, anti-slip floors and interior panels ready
for the technical inspection, seat belts) for bus companies, staff-transport, tourist and school transport in Costa
Rica and Panama, 30 employees or more; leads in Costa Rican and Panamanian Spanish, a few in English. sensorialmx is a
Guadalajara (Zapopan) sensory-evaluation laboratory for food processors (trained panels and difference tests, consumer
tests, sensory shelf-life studies, in-plant panel training) for food and beverage manufacturers in Mexico, 50
employees or more; leads in Mexican Spanish, a few in English. drivetestus is a Houston RF field-testing company for
telecom operators and utilities (drive and walk testing, new-site verification, line sweep and PIM testing, coverage
validation for private LTE and fixed wireless) for carriers, ISPs, telephone co-ops, neutral hosts and electric
utilities and co-ops in the United States, 40 employees or more; leads in US English, a few in Spanish and Portuguese.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout119`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most, and an absent
jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cy001, cy002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout119.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_entregacartoesbr  # noqa: E402
import rows_tapiceriabusescr  # noqa: E402
import rows_sensorialmx  # noqa: E402
import rows_drivetestus  # noqa: E402

_rows = SellerRows(HERE, "cy")
rows_entregacartoesbr.add(_rows)
rows_tapiceriabusescr.add(_rows)
rows_sensorialmx.add(_rows)
rows_drivetestus.add(_rows)
_rows.write("holdout119")
