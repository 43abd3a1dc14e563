#!/usr/bin/env python3
"""Writes holdout123.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(chopeirabr, navidadcl, rvoemx, contracargoses; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

chopeirabr is a Brazilian draft-beer service company in Belém (installation of chopeiras and taps lent by the brewery,
scheduled sanitation of beer lines at each bar, preventive and corrective maintenance with weekend on-call, keg / CO2
logistics and event draft structures) for breweries and beverage distributors in the North of Brazil, 30 employees or
more; leads in Brazilian Portuguese, a few in Spanish. navidadcl is a Chilean seasonal-decoration company in
Concepción (Christmas and seasonal décor design with renders, giant trees and Santa villages for sale or rent,
certified night installation at height with weekly upkeep, removal and storage between seasons) for shopping malls,
outlets, strip centers and office towers in Chile, 40 workers or more; leads in Chilean Spanish, a few in English.
rvoemx is a Mexican education-compliance consultancy in Tijuana (RVOE / incorporation of new campuses and programmes,
changes to existing agreements, preparation for inspection visits, school-records work and revalidation of US
studies) for private-school groups, private universities and education / training companies in Mexico, 40 employees
or more; leads in Mexican Spanish, a few in English. contracargoses is a Spanish chargeback-management company in
Bilbao (chargeback representment before Visa, Mastercard and PayPal, pre-dispute alerts, risky-order review, monthly
root-cause reporting) for online shops, marketplaces, subscription businesses and online travel agencies in Spain and
Portugal, 25 employees or more; leads in Castilian Spanish, a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout123`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most (next year is
LOW), and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are dc001, dc002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout123.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_chopeirabr  # noqa: E402
import rows_navidadcl  # noqa: E402
import rows_rvoemx  # noqa: E402
import rows_contracargoses  # noqa: E402

_rows = SellerRows(HERE, "dc")
rows_chopeirabr.add(_rows)
rows_navidadcl.add(_rows)
rows_rvoemx.add(_rows)
rows_contracargoses.add(_rows)
_rows.write("holdout123")
