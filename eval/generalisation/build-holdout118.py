#!/usr/bin/env python3
"""Writes holdout118.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(cardapiobr, dosimetriaec, computosar, cyanideca; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

cardapiobr is a Recife food-cost consultancy for food service (recipe cards and per-dish costing, menu engineering,
purchasing / receiving / stock control of kitchen and bar, production standardisation and brigade training) for
restaurant groups, hotels and resorts, bars, buffets and contract kitchens in Brazil, 20 employees or more; leads in
Brazilian Portuguese, a few in English. dosimetriaec is a Quito radiation-protection company (personal dosimetry,
quality control and radiometric surveys of X-ray equipment, shielding design for imaging rooms, licensing and an
external radiation-protection officer) for hospitals, clinics, imaging centres and dental groups in Ecuador, 40
employees or more; leads in Ecuadorian Spanish, a few in English. computosar is a Mendoza construction cost-engineering
firm (quantity take-off and estimates, monthly progress certificates and cost control, price redetermination and index
adjustment, variations and claims) for construction companies, developers and erection contractors in Argentina, 30
employees or more; leads in Argentine Spanish, a few in Brazilian Portuguese. cyanideca is a Vancouver cyanide-
management consultancy selling into Latin America (Cyanide Code gap assessments and pre-audits, cyanide destruction
and process-water management, cyanide emergency preparedness, handler training) for gold and silver mines and
processing plants, 150 employees or more; leads in English, a few in Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout118`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at most (next year is
LOW), and an absent or unlisted jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cx001, cx002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout118.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_cardapiobr  # noqa: E402
import rows_dosimetriaec  # noqa: E402
import rows_computosar  # noqa: E402
import rows_cyanideca  # noqa: E402

_rows = SellerRows(HERE, "cx")
rows_cardapiobr.add(_rows)
rows_dosimetriaec.add(_rows)
rows_computosar.add(_rows)
rows_cyanideca.add(_rows)
_rows.write("holdout118")
