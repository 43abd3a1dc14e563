#!/usr/bin/env python3
"""Writes holdout104.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(recreacaobr, actuarialmx, georradarco, antiheladascl; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

recreacaobr is a Pernambuco hotel-recreation company (outsourced recreation teams and kids-club monitors, daily guest
leisure programme, shows and theme nights produced at the hotel, training of the hotel's own leisure staff) for hotels,
resorts, water parks and recreation clubs in the Brazilian Northeast, 50 employees or more; leads in Brazilian
Portuguese, a few in English. actuarialmx is a Puebla actuarial firm (employee-benefit liability valuations under
NIF D-3 / IAS 19 / ASC 715, pension and retirement-savings plan design and administration, lay-off and restructuring
cost valuations, pension fund and trust reviews) for manufacturers, auto-parts plants, maquiladoras, food companies,
private hospitals, private universities and retail chains in Mexico, 100 employees or more; leads in Mexican Spanish,
a few in English. georradarco is a Bogotá subsurface-utility-locating company (GPR and electromagnetic detection and
marking of buried networks before excavation, CAD/GIS surveys of existing networks, vacuum / hydro-excavation test
pits, GPR slab scanning before drilling) for construction and civil-works contractors, engineering firms, utilities,
energy and telecom companies, industrial plants and shopping centres in Colombia, 30 employees or more; leads in
Colombian Spanish, a few in English. antiheladascl is a Santiago supplier of frost-protection wind machines (sale and
installation, temperature stations with night alerts and automatic start, in-season technical service, rental of
mobile machines and heaters with seasonal financing) for farming companies, fruit exporters and wineries in central
Chile and Mendoza, 20 workers or more; leads in Chilean Spanish, a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout104`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or "this year" horizon is MEDIUM and "next year"
is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cj001, cj002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout104.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_recreacaobr  # noqa: E402
import rows_actuarialmx  # noqa: E402
import rows_georradarco  # noqa: E402
import rows_antiheladascl  # noqa: E402

_rows = SellerRows(HERE, "cj")
rows_recreacaobr.add(_rows)
rows_actuarialmx.add(_rows)
rows_georradarco.add(_rows)
rows_antiheladascl.add(_rows)
_rows.write("holdout104")
