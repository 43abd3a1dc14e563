#!/usr/bin/env python3
"""Writes holdout79.jsonl: a fresh generalisation holdout of 168 leads (42 per seller) for four sellers not used before
(laboratoriosuelosbo, gestiontraficoes, roofanchorsny, leiloesindustriaisbr; profiles in ./profiles).

laboratoriosuelosbo is a Bolivian geotechnical and materials-testing laboratory (boreholes and SPT, concrete cylinders
and cores, asphalt and aggregates, field density, foundation reports) for builders, road contractors, mining and
municipalities in Bolivia and southern Peru; gestiontraficoes is a Spanish traffic-management company for roadworks and
events (flaggers, temporary signage and diversions, DGT/council-approved plans, night lane closures, motorway incident
response); roofanchorsny is a New York roof-anchor and fall-protection contractor (davits and tie-backs, annual
certification and load testing, guardrails and lifelines, rope-access plans) for building owners, managers, co-op and
condo boards, hospitals and universities in NY, NJ and CT; leiloesindustriaisbr is a Brazilian industrial-auction house
(online auctions of surplus machinery, fleets, plant closures and inventory, appraisal reports, asset recovery for banks,
judicial auctions).

Written and labelled by an independent author from policy.md alone (sections 1-7, buyerAreas, section 6's non-buyers,
the prompt-injection note). No classifier code was read or run, no eval was run, and no sentence, name or company was
taken from other sets. Every lead is split `holdout79`: a measuring set, not a tuning set. Each seller has 22 kinds in
fixed proportions (15 buyers, 3 influencers, 2 horizon, 2 unusual_words, 2 vendors, 2 content_free, one each of
no_timeline, past_incident, unrelated_urgency, negated_urgency, small_business, off_target, off_country, job_seeker,
partner, competitor, private_person, student, spam, injection, disposable_email, invalid_email).

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak, or
not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person). A field
that is simply absent is neutral. Decision makers follow section 1 literally: C_LEVEL patterns first ("Chief Engineer"
is C_LEVEL), DIRECTOR in any area, MANAGER only in technology (engineering and infrastructure included), purchasing or
the profile's buyerAreas; an assistant, analyst, technician or engineer is never one, whatever their department.
Urgency follows section 3 literally: a negated urgency is never CRITICAL but a quote request next to it is still HIGH,
an incident in the past is not an incident now, urgency about an unrelated matter does not count, a deadline this
week/today/tomorrow is CRITICAL, and a request for a quote, a proposal, a call or a visit is HIGH. Fit C goes to
NURTURE even with a quote request; a prompt injection is labelled by the rest of its content.

L() and write() come from holdout_rows.SellerRows. Ids are bk001, bk002, ... in the order the rows are written (the
modules are added in the order below); each row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout79.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_laboratoriosuelosbo, rows_gestiontraficoes, rows_roofanchorsny, rows_leiloesindustriaisbr  # noqa: E402

_rows = SellerRows(HERE, "bk")

for _module in (rows_laboratoriosuelosbo, rows_gestiontraficoes, rows_roofanchorsny, rows_leiloesindustriaisbr):
    _module.add(_rows)

_rows.write("holdout79")
