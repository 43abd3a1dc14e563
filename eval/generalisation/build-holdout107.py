#!/usr/bin/env python3
"""Writes holdout107.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(fulfillmentpt, oloresco, renderscl, rodamientoscr; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

fulfillmentpt is a Portuguese e-commerce fulfillment operator in Maia, Porto (storage and stock control for online
brands, same-day picking, packing and multi-carrier shipping to Portugal, Spain and the EU, returns and exchanges,
marketplace and retail replenishment) for fashion, footwear, cosmetics, home-decor, sports and consumer-electronics
brands in Portugal and Spain, 20 employees or more; leads in European Portuguese and a few in English. oloresco is a
Colombian environmental firm in Medellín for offensive odours (odour sampling and olfactometry, dispersion modelling and
odour-reduction plans for the environmental authority, biofilters, scrubbers, pond covers and neutralisation, operation
and continuous perimeter monitoring) for slaughterhouses, rendering plants, pig and poultry farms, wastewater plants,
landfills, composting plants, palm-oil mills and tanneries in Colombia and Ecuador, 50 employees or more; leads in
Colombian Spanish and a few in English. renderscl is a Chilean architectural-visualisation studio in Santiago
(photorealistic renders and aerial photomontages, 360° virtual tours, launch animations and videos, furnished sales floor
plans) for real-estate developers, builders, architecture firms and real-estate funds in Chile and Peru, 30 employees or
more; leads in Chilean Spanish and a few in English. rodamientoscr is a Costa Rican bearing distributor with technical
advice in San José (bearings, pillow blocks, seals from local stock; selection, L10 life and equivalents; bearing failure
analysis; mounting tools and courses) for manufacturing, food plants, sugar and coffee mills, plastics, packaging,
cement, paper and mining in Costa Rica and Panama, 40 employees or more; leads in Costa Rican and Panamanian Spanish and a
few in English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout107`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a quarter or "this year" horizon is MEDIUM and "next year"
is LOW, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cm001, cm002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout107.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_fulfillmentpt  # noqa: E402
import rows_oloresco  # noqa: E402
import rows_renderscl  # noqa: E402
import rows_rodamientoscr  # noqa: E402

_rows = SellerRows(HERE, "cm")
rows_fulfillmentpt.add(_rows)
rows_oloresco.add(_rows)
rows_renderscl.add(_rows)
rows_rodamientoscr.add(_rows)
_rows.write("holdout107")
