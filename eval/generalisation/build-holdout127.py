#!/usr/bin/env python3
"""Writes holdout127.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(aniloxbr, redesec, permisosseguridadmx, desenfumagempt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

aniloxbr is a Brazilian print-services company in Recife (laser/ultrasonic cleaning of anilox rolls and gravure
cylinders, anilox audits with BCM volume and wear maps, recovery of damaged ceramic anilox with a loan roll,
doctor-blade chamber maintenance and operator training) for flexo and gravure packaging printers, flexible-packaging
converters, label printers and corrugated plants in Brazil, 40 employees or more; leads in Brazilian Portuguese, a few
in English. redesec is an Ecuadorian net yard in Manta (repair of tuna and sardine purse-seine nets, new nets built to
measure, inspection, washing and covered storage between trips, dolphin-release panels and records for MSC / Dolphin
Safe audits) for tuna fleets, fishing companies and vessel owners in Ecuador and Peru, 30 employees or more; leads in
Ecuadorian Spanish, a few in English. permisosseguridadmx is a Mexican permits consultancy in Chihuahua (federal
DGSP authorisation and state permits, personnel registry and CUIP, the SEDENA collective firearms licence,
compliance audits and verification visits) for private security companies in northern Mexico, 50 employees or more;
leads in Mexican Spanish, a few in English. desenfumagempt is a Portuguese car-park safety-systems company in Lisbon
(maintenance of car-park ventilation and smoke extraction, CO/NO2/LPG detection calibration, yearly fire-safety tests
and ANEPC inspection support, remote monitoring and energy tuning) for car-park operators and municipal parking
companies in Portugal, 20 employees or more; leads in European Portuguese, a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout127`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote, call or visit
request stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not
count, a request for a quote, a proposal, a call or a visit is HIGH, "next quarter / this year" is MEDIUM and "next
year" is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are dg001, dg002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout127.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_aniloxbr  # noqa: E402
import rows_redesec  # noqa: E402
import rows_permisosseguridadmx  # noqa: E402
import rows_desenfumagempt  # noqa: E402

_rows = SellerRows(HERE, "dg")
rows_aniloxbr.add(_rows)
rows_redesec.add(_rows)
rows_permisosseguridadmx.add(_rows)
rows_desenfumagempt.add(_rows)
_rows.write("holdout127")
