#!/usr/bin/env python3
"""Writes holdout97.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(leyrepcl, phishingpe, hortalizasco, fregadorases; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

leyrepcl is a Chilean Ley REP (Ley 20.920) compliance consultancy for packaging (inventory and annual declaration of
envases y embalajes, relations with the collective sistemas de gestión, ecodesign and recyclability labelling,
preparation for SMA inspections) for producers and importers of packaged food, beverages, consumer goods, cosmetics,
cleaning products and pharma in Chile, 50 workers or more; leads in Chilean Spanish, a few in English. phishingpe is
a Peruvian security-awareness service (managed phishing / smishing / vishing simulations, Spanish micro-courses, a
human-risk index with a report button, training evidence for the SBS, SMV, Ley 29733 and ISO 27001) for banks,
cajas, financieras, cooperatives, insurers, retail, mining, telecoms and clinics in Peru, 100 staff or more; leads in
Peruvian Spanish, a few in English. hortalizasco is a Colombian processor of ready-to-use produce for food service
(washed, peeled and cut vegetables, processed fruit and pulps, daily cold-chain deliveries, technical sheets for BPM
/ HACCP audits) for hotels, restaurant chains, casinos, institutional food services, clinics and catering in
Colombia, 30 employees or more; leads in Colombian Spanish, a few in English and Portuguese. fregadorases is a
Spanish rental and maintenance business for industrial floor-cleaning machines (renting of scrubbers and sweepers
with maintenance, short-term rental, multi-brand maintenance, site surveys) for logistics, industry, shopping centres,
hospitals and facility services in Spain and Portugal, 20 workers or more; leads in Castilian Spanish, European
Portuguese and a few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout97`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission
or margin, competitor, private person). A field that is simply absent is neutral. Urgency follows section 3
literally: "hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call
request stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not
count, a request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most
(next year is LOW), and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cc001, cc002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout97.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_leyrepcl  # noqa: E402
import rows_phishingpe  # noqa: E402
import rows_hortalizasco  # noqa: E402
import rows_fregadorases  # noqa: E402

_rows = SellerRows(HERE, "cc")
rows_leyrepcl.add(_rows)
rows_phishingpe.add(_rows)
rows_hortalizasco.add(_rows)
rows_fregadorases.add(_rows)
_rows.write("holdout97")
