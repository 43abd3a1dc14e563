#!/usr/bin/env python3
"""Writes holdout111.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(rebaixamentobr, coberturasar, invitrobo, plantcommsus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

rebaixamentobr is a Rio de Janeiro groundwater-control contractor (wellpoint dewatering, deep dewatering wells,
site pumping sets with discharge licensing at INEA / IEMA, piezometers and settlement monitoring of neighbouring
buildings) for construtoras, incorporadoras, saneamento and infrastructure contractors, foundation companies and
industries with expansion works in Rio de Janeiro and Espírito Santo, 50 employees or more; leads in Brazilian
Portuguese, a few in English. coberturasar is a Córdoba CNV-registered trading agent (grain-price hedges with futures
and options on Matba Rofex and CBOT, dollar-futures FX hedges, a written market-risk policy with reporting,
short-term treasury placements) for acopios, cooperatives, mills, crushers, peanut processors, feedlots, dairies and
industrial importers / exporters in Argentina, 30 employees or more; leads in Rioplatense Spanish, a few in
Portuguese. invitrobo is a Cochabamba tissue-culture biofactory (sugar-cane plantlets, banana and pineapple meristem
plants, pre-basic seed-potato minitubers, clean-up and contract multiplication of the client's own varieties) for
ingenios and cane growers, banana and pineapple exporters, seed-potato growers, cooperatives and agro-industries in
Bolivia and southern Peru, 40 employees or more; leads in Bolivian Spanish, a few in English. plantcommsus is a
Chicago workforce-communications service (managed production-floor and break-room screens, bilingual text and voice
alerts, content for the floor in the languages spoken there, reach and acknowledgement tracking) for manufacturers,
food processors, distribution centers / 3PLs and hospital systems in the United States, 100 hourly employees or
more; leads in US English, a few in Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout111`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or this-year horizon is MEDIUM and next year is
LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cq001, cq002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout111.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_rebaixamentobr  # noqa: E402
import rows_coberturasar  # noqa: E402
import rows_invitrobo  # noqa: E402
import rows_plantcommsus  # noqa: E402

_rows = SellerRows(HERE, "cq")
rows_rebaixamentobr.add(_rows)
rows_coberturasar.add(_rows)
rows_invitrobo.add(_rows)
rows_plantcommsus.add(_rows)
_rows.write("holdout111")
