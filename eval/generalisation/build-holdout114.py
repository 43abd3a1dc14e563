#!/usr/bin/env python3
"""Writes holdout114.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(usinagembr, ediautopartesmx, aprendicesco, chamadaenfermagempt; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

usinagembr is a Brazilian on-site machining company from Sorocaba, São Paulo state (flange and sealing-face facing,
line boring of bearing housings and pin bores, portable milling and drilling of bases, in-place turning of journals,
kiln tyres and rolls) for sugar-and-ethanol mills, steel, pulp and paper, petrochemical and chemical plants, mining,
cement and power generation in Brazil, 100 employees or more; leads in Brazilian Portuguese, a few in English.
ediautopartesmx is a Mexican EDI service company from Hermosillo, Sonora, for the automotive supply chain (X12
830/862/856/810 and EDIFACT implementation with OEMs and Tier 1s, managed EDI with VAN/AS2 monitoring, AIAG/Odette
shipping labels, ERP integration) for Tier 1 and Tier 2 auto-parts plants in Mexico, 50 employees or more; leads in
Mexican Spanish, a few in English. aprendicesco is a Colombian HR service from Medellín that manages the SENA
apprentice quota end to end (quota regulation and contract-vs-monetise analysis, apprentice selection, administration
of apprenticeship contracts, productive-stage follow-up and tutor training) for Colombian companies with 50 workers or
more; leads in Colombian Spanish, a few in English. chamadaenfermagempt is a Portuguese supplier and installer of
nurse-call and resident-alarm systems from Aveiro (wired DIN VDE 0834 nurse call, wireless pendants, fall and door
alarms for care homes, replacement of obsolete systems, 24 h maintenance contracts) for private hospitals, clinics,
continuing-care units, lares/ERPI and IPSS in Portugal and Galicia (Spain), 30 employees or more; leads in European
Portuguese, a few in Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout114`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or "this year" horizon is MEDIUM at most and
"next year" is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are ct001, ct002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout114.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_usinagembr  # noqa: E402
import rows_ediautopartesmx  # noqa: E402
import rows_aprendicesco  # noqa: E402
import rows_chamadaenfermagempt  # noqa: E402

_rows = SellerRows(HERE, "ct")
rows_usinagembr.add(_rows)
rows_ediautopartesmx.add(_rows)
rows_aprendicesco.add(_rows)
rows_chamadaenfermagempt.add(_rows)
_rows.write("holdout114")
