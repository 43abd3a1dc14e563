#!/usr/bin/env python3
"""Writes holdout80.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(caninosco, labalimentosec, medicalcourierfl, rebocadorasbr; profiles in ./profiles, rows in ./rows_<id>.py).

caninosco is a Colombian detection-dog (K9) security company (explosives and narcotics detection teams, canine patrols
of industrial sites, event sweeps, training of client handlers) for ports, logistics, airports, malls, event organisers
and oil companies in Colombia and Panama; labalimentosec is an Ecuadorian accredited food-microbiology and chemistry
laboratory (pathogens, export residues, shelf life, environmental monitoring, sampling plans) for shrimp packers, fruit
and cocoa exporters, food makers and supermarkets in Ecuador and Peru; medicalcourierfl is a Florida medical courier
(STAT specimen runs, temperature-controlled pharmacy deliveries, chain of custody, scheduled routes) for hospitals,
labs, clinic groups, pharmacies and home-health agencies; rebocadorasbr is a Brazilian tugboat and port-towage company
(berthing and unberthing, coastal towage, FiFi tugs, salvage support, terminal contracts) for terminals, agencies,
shipowners, offshore operators and shipyards in Brazilian ports.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). No classifier code was read or run, no other holdout or eval set was read, and
every name, company, address and sentence was invented for this set. Every lead is split `holdout80`: a measuring set,
not a tuning set. Per seller: 15 buyers of every urgency level, 3 influencers, and one or two each of horizon, no
timeline, past incident, unrelated urgency, negated urgency, unusual words, small business, off target, off country,
job seeker, vendor, partner, competitor, private person, student, spam, content-free, injection, disposable and
invalid email. Languages: Spanish (Colombia, Ecuador, Peru, US-Hispanic, Uruguay), Brazilian Portuguese, English.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral; a lead outside targetCountries loses one factor, it is not excluded.
Urgency follows section 3 literally: an incident in the past is not an incident now, urgency about an unrelated matter
does not count, a negated urgency is never CRITICAL, "next year" is LOW, and a request for a quote, a proposal, a call,
a meeting or a visit is HIGH. A jobPosition that is absent gives UNKNOWN seniority, so such a lead is never SQL. A
content-free description with every other field filled is REVIEW; the instruction in an injection is ignored and
the lead is labelled by the rest of its content.

L() and write() come from holdout_rows.SellerRows. Ids are bl001, bl002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout80.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_caninosco, rows_labalimentosec, rows_medicalcourierfl, rows_rebocadorasbr  # noqa: E402

_rows = SellerRows(HERE, "bl")
for _module in (rows_caninosco, rows_labalimentosec, rows_medicalcourierfl, rows_rebocadorasbr):
    _module.add(_rows)
_rows.write("holdout80")
