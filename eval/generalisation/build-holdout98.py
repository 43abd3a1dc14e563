#!/usr/bin/env python3
"""Writes holdout98.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(resguardosar, vallasgt, golfcartfl, factoringuy; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

resguardosar is an Argentine machine-safety contractor (machine risk assessments, fixed and interlocked guards, light
curtains, emergency-stop and safety circuits, lockout/tagout programmes) for metalworking, food and beverage, meat
packing, plastics, packaging, auto-parts, paper and wood plants in Argentina, 50 employees or more; leads in
Rioplatense Spanish, a few in English. vallasgt is a Guatemalan out-of-home advertising company (roadside billboards
and unipoles, digital LED screens, mupis and bus shelters, campaign planning, printing, installation and proof of
posting) for consumer brands, banks, telecoms, retail and restaurant chains, car dealers, universities and
developers in Guatemala, El Salvador and Honduras, 40 employees or more; leads in Central American Spanish, a few in
English. golfcartfl is a Florida fleet company (golf cart, low-speed vehicle, people-mover and utility-vehicle
leasing and rental, mobile on-site maintenance, lithium battery programmes, GPS tracking and shipping to the islands)
for resorts, hotels, theme parks, universities, hospitals, marinas and communities in Florida and the Caribbean, 30
employees or more; leads in English and Spanish about half each. factoringuy is a Uruguayan receivables-finance
company (factoring of e-facturas, deferred-cheque discounting, antecipação de duplicatas and card receivables,
confirming, export finance and collection) for manufacturers, distributors, importers, transport companies,
agro-industry and laboratories in Uruguay and southern Brazil, 20 employees or more; leads in Rioplatense Spanish and
Brazilian Portuguese.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout98`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most, and an
absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cd001, cd002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout98.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_resguardosar  # noqa: E402
import rows_vallasgt  # noqa: E402
import rows_golfcartfl  # noqa: E402
import rows_factoringuy  # noqa: E402

_rows = SellerRows(HERE, "cd")
rows_resguardosar.add(_rows)
rows_vallasgt.add(_rows)
rows_golfcartfl.add(_rows)
rows_factoringuy.add(_rows)
_rows.write("holdout98")
