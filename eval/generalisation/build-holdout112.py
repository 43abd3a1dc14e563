#!/usr/bin/env python3
"""Writes holdout112.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(centralgasbr, sargazomx, contratistascl, tacografoses; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

centralgasbr is a Brazilian LPG-installation company from Camaçari, Bahia (design and installation of LPG centrals and
internal gas networks with ART and AVCB compliance, bulk LPG supply management with tank telemetry, preventive and
corrective maintenance with a 24 h leak call-out, conversion of boilers, ovens and dryers to gas) for hotels,
hospitals, food / chemical / textile industries, industrial laundries, institutional catering and shopping centres in
Bahia and Sergipe, 30 employees or more; leads in Brazilian Portuguese and a few in Spanish. sargazomx is a Mexican
coastal-services company from Cancún (offshore sargassum barriers, dawn beach-collection crews, a collection vessel
for coves and marinas, satellite monitoring and alerts, transport and authorised disposal with a manifest) for beach
hotels and resorts, beach clubs, theme parks, residential developments and marinas in Quintana Roo and Yucatán, 50
employees or more; leads in Mexican Spanish and a few in English. contratistascl is a Chilean SaaS and document-review
service from Valparaíso for the contract-administration department (monthly labour and social-security compliance of
contractors under Ley 20.123 with F30 / F30-1, retention of payment statements, a digital file per contractor worker,
dashboards for audits and labour inspections) for principal companies in mining, ports, forestry, energy, water
utilities, construction, industry and retail in Chile, 100 workers or more; leads in Chilean Spanish and a few in
English. tacografoses is a Spanish authorised tachograph workshop in Riba-roja de Túria, Valencia, with a mobile unit
(fitting of digital and smart tachographs, biennial inspection and calibration of tachographs and speed limiters,
repair of tachographs, sensors and wiring, periodic vehicle and driver-card downloads) for goods and passenger
transport, coach operators, logistics, distribution, construction and aggregates fleets in Spain, 20 employees or
more; leads in Castilian Spanish and a few in English and Portuguese.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout112`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or this-year horizon is MEDIUM at most and next
year is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cr001, cr002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout112.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_centralgasbr  # noqa: E402
import rows_sargazomx  # noqa: E402
import rows_contratistascl  # noqa: E402
import rows_tacografoses  # noqa: E402

_rows = SellerRows(HERE, "cr")
rows_centralgasbr.add(_rows)
rows_sargazomx.add(_rows)
rows_contratistascl.add(_rows)
rows_tacografoses.add(_rows)
_rows.write("holdout112")
