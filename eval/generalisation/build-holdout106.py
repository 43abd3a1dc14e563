#!/usr/bin/env python3
"""Writes holdout106.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(qualileitebr, quebradorasmx, montacargaspe, fieldticketus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

qualileitebr is a raw-milk quality service for the dairy industry from Lavras, Minas Gerais (technical assistance to
the dairy's supplying farms to cut CCS/CBT, management of the official milk analyses under IN 76/77, training of
bulk-milk collectors and of the reception-platform tests, the supplier qualification plan for SIF/IMA) for
laticínios, milk cooperatives and industrial cheese and milk-powder plants in Brazil, 40 employees or more; leads in
Brazilian Portuguese and a few in Spanish. quebradorasmx is a Monterrey rental company of mobile crushers and screens
with operators (jaw/cone/impact crushers, mobile screening of gravel, base and sub-base, on-site crushing of rubble
and excavation rock for reuse, lowboy mobilisation with committed output and daily tonnage) for builders, earthworks
and paving contractors, quarries, ready-mix companies and industrial-park developers in Mexico, 30 employees or more;
leads in Mexican Spanish and a few in English. montacargaspe is a Lima/Arequipa forklift-operator safety training
service (on-site courses with a one-year certificate, annual assessment and re-certification with internal
authorisation, pre-use inspection and in-plant traffic audits under Ley 29783, train-the-trainer and an online
register for SUNAFIL) for distribution centres, warehouses, logistics operators, plants, fishing companies,
agro-exporters and mines in Peru, 40 workers or more; leads in Peruvian Spanish and a few in English. fieldticketus is
a Houston field-ticketing and invoicing software for oilfield service companies (offline mobile tickets signed by the
company man, ticket-to-invoice with operator price books and AP portals, dispatch and crew hours to payroll,
QuickBooks/Sage/NetSuite integration) in the United States, 25 employees or more; leads in US English and a few in
Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout106`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call, a demo or a visit is HIGH, a quarter or this-year horizon is MEDIUM at most
and next year is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cl001, cl002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout106.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_qualileitebr  # noqa: E402
import rows_quebradorasmx  # noqa: E402
import rows_montacargaspe  # noqa: E402
import rows_fieldticketus  # noqa: E402

_rows = SellerRows(HERE, "cl")
rows_qualileitebr.add(_rows)
rows_quebradorasmx.add(_rows)
rows_montacargaspe.add(_rows)
rows_fieldticketus.add(_rows)
_rows.write("holdout106")
