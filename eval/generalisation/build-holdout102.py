#!/usr/bin/env python3
"""Writes holdout102.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(farmaciabr, crmmx, bombaspy, reciclajetx; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

farmaciabr is a pharmacy-benefit company in Joinville (SC) and Caxias do Sul (RS), Brazil (payroll-deducted pharmacy
card, company-paid medicine subsidies, a pharmacist-led adherence programme for chronic patients, benefit
administration for HR) for industries, cooperatives, retail chains, carriers and hospitals in Brazil, 50 employees or
more; leads in Brazilian Portuguese and a few in Spanish. crmmx is a Guadalajara consultancy that implements and runs
CRM for B2B sales teams (CRM set-up and migration, a pre-sales and route app for field reps, CRM-ERP integration, sales
dashboards and a managed service) for manufacturers, distributors and wholesalers in Mexico, 20 employees or more;
leads in Mexican Spanish and a few in English. bombaspy is a Paraguayan pump maintenance and repair company
(preventive maintenance at the plant, workshop repair with a loan pump, a 24-hour emergency crew for well pumps,
maintenance contracts for pressure sets and fire pumps) for meat packers, food and beverage plants, oil and sugar
mills, water utilities, hospitals and corporate buildings in Paraguay, 30 employees or more; leads in Paraguayan
Spanish and a few in Portuguese. reciclajetx is an El Paso and Laredo, Texas, industrial recycler that buys
post-industrial plastic and metal scrap from manufacturers in northern Mexico, destroys rejected branded parts with
certificates and runs the cross-border logistics and IMMEX waste-return paperwork, for maquiladoras and plants in
Mexico with 100 employees or more; leads in English and Spanish, about half each.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout102`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call, a demo or a visit is HIGH, a quarter or year horizon is MEDIUM at most (next
year is LOW), and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are ch001, ch002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout102.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_farmaciabr  # noqa: E402
import rows_crmmx  # noqa: E402
import rows_bombaspy  # noqa: E402
import rows_reciclajetx  # noqa: E402

_rows = SellerRows(HERE, "ch")
rows_farmaciabr.add(_rows)
rows_crmmx.add(_rows)
rows_bombaspy.add(_rows)
rows_reciclajetx.add(_rows)
_rows.write("holdout102")
