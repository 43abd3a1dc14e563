#!/usr/bin/env python3
"""Writes holdout122.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(acouguebr, torquebo, equipajegt, headsetsus; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

acouguebr is a butchery-department consultancy from Fortaleza, Brazil (cut standardisation and boning-yield tests,
in-store training of butchers, set-up and refit of supermarket butcheries, shrink control and good practices in
the butchery and fish counter) for supermarket chains, atacarejos, hypermarkets and meat distributors in the
Brazilian Northeast, 50 employees or more; leads in Brazilian Portuguese (Cearense and Potiguar wording), a few in
English and one in European Portuguese. torquebo is a controlled-bolting contractor from Santa Cruz de la Sierra,
Bolivia (torque and hydraulic tensioning crews in shutdowns and start-ups, flanged-joint integrity programmes,
training of fitters, rental and calibration of torque tools) for cement plants, steelworks, chemical,
petrochemical and fertiliser plants, refineries and sugar mills in Bolivia and Corumbá (Brazil), 100 employees or
more; leads in Bolivian Spanish, a few in Brazilian Portuguese. equipajegt is a passenger-disruption and baggage
service company from Guatemala City (delivery of delayed baggage, care of passengers on cancelled or diverted
flights, an outsourced lost & found desk, repair or replacement of damaged suitcases) for airlines, ground
handlers and international bus lines in Guatemala and El Salvador, 30 employees or more; leads in Central American
Spanish, a few in English. headsetsus is a contact-centre headset service company from Denver, USA (headset repair
and refurbishment, per-seat headset-as-a-service with an on-site spare pool, hygiene and cushion programmes,
audio-quality audits) for call centres and BPOs in the United States, 50 employees or more; leads in American
English, a few in Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout122`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or this-year horizon is MEDIUM and a next-year
horizon LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are db001, db002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout122.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_acouguebr  # noqa: E402
import rows_torquebo  # noqa: E402
import rows_equipajegt  # noqa: E402
import rows_headsetsus  # noqa: E402

_rows = SellerRows(HERE, "db")
rows_acouguebr.add(_rows)
rows_torquebo.add(_rows)
rows_equipajegt.add(_rows)
rows_headsetsus.add(_rows)
_rows.write("holdout122")
