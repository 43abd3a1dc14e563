#!/usr/bin/env python3
"""Writes holdout116.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(conteinerbr, transparenciard, pararrayosbo, extraescolareses; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

conteinerbr is a container-services company in Manaus, Amazonas, Brazil (container surveys on-hire/off-hire with EIR
and damage reports, structural repair of dry and reefer boxes to IICL criteria, washing and preparation for food
cargo, reefer and genset maintenance with PTI and 24 h call-outs) for shipping lines, maritime agencies, port and dry-
port terminals, logistics operators and road-river carriers in the North of Brazil, 50 employees or more: a service
for the logistics and shipping industry; leads in Brazilian Portuguese and a few in Spanish. transparenciard is a
public-governance consultancy in Santiago de los Caballeros, Dominican Republic (transparency portals, NOBACI internal
control, SISMAP indicators, training for public servants in access to information, procurement and ethics) for
ayuntamientos, juntas de distrito municipal, governorates, public hospitals, decentralised institutes and state
companies in the Dominican Republic, 40 servants or more: a service for the public sector and municipalities; leads
in Dominican Spanish and a few in English. pararrayosbo is a lightning-protection and earthing company in La Paz /
El Alto, Bolivia (lightning protection systems, earthing grids and measurements, surge protection, periodic
inspection with signed reports) for owners and managers of hospitals, universities and schools, hotels, shopping
centres, condominiums, plants, telecom sites and mines in Bolivia, 30 workers or more: a technical service for
buildings; leads in Andean Spanish and a few in English. extraescolareses is a Madrid company that runs the
out-of-hours side of schools (after-school activity programmes, early-morning and afternoon care, lunchtime
dining-hall and playground supervisors, day camps in non-teaching days) for concertado, private and international
schools and public-school AMPAs in Madrid and Zaragoza, schools of 40 workers or more: a service for schools; leads in
Castilian Spanish and a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout116`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today/ahora mismo" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call
request stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not
count, a request for a quote, a proposal, a call or a visit is HIGH, a quarter horizon is MEDIUM and a next-year one
LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL). A description that tries to
instruct the classifier is read as data: the label comes from what else the lead says.

L() and write() come from holdout_rows.SellerRows. Ids are cv001, cv002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout116.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_conteinerbr  # noqa: E402
import rows_transparenciard  # noqa: E402
import rows_pararrayosbo  # noqa: E402
import rows_extraescolareses  # noqa: E402

_rows = SellerRows(HERE, "cv")
rows_conteinerbr.add(_rows)
rows_transparenciard.add(_rows)
rows_pararrayosbo.add(_rows)
rows_extraescolareses.add(_rows)
_rows.write("holdout116")
