#!/usr/bin/env python3
"""Writes holdout72.jsonl: a fresh generalisation holdout of 168 leads (42 per seller) for four sellers not used before
(bombasconcretocr, certificaorganicope, wrapflotasmx, kitchenrepairil; profiles in ./profiles).

bombasconcretocr is a Costa Rican concrete-pumping and placing company (boom and line pumps, placing booms for
high-rise, wet-mix shotcrete for tunnels and slopes, pour planning) for builders, infrastructure contractors, precast
plants and hydro projects in Costa Rica, Panama and Nicaragua; certificaorganicope is a Peruvian consultancy that
prepares fruit, coffee, cacao and vegetable exporters in Peru, Ecuador and Bolivia for organic EU/NOP, GlobalG.A.P.,
Rainforest Alliance, Fairtrade, BRCGS and SMETA audits; wrapflotasmx is a Mexican fleet-graphics company (wraps,
decals, NOM conspicuity tape, fleet rebranding, graphics replacement after accidents) for carriers, distributors,
utilities and transit operators; kitchenrepairil is a Chicago-area commercial kitchen equipment repair and preventive
maintenance company for restaurant groups, hospitals, schools, hotels and corporate cafeterias in Illinois, Indiana
and Wisconsin. The leads are in Spanish (Costa Rican, Panamanian, Nicaraguan, Peruvian, Ecuadorian, Bolivian, Mexican
and US-Hispanic usage), English and some Portuguese.

Each seller has 42 leads of 22 kinds: 15 buyers (critical, high, medium and low urgency, some without a job title),
3 influencers, 2 horizons, and one or two each of no timeline, past incident, unrelated urgency, negated urgency,
unusual words, small business, off target, off country, job seeker, vendor, partner, competitor, private person,
student, spam, content-free, prompt injection, disposable email and invalid email.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no sentence,
name or company was taken from the existing sets; every person, company and address is invented. Every lead is split
`holdout72`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Where the B/C line is a judgment call (a small business, a lead from
outside the target countries), the lead was written so that both readings give the same label, except one small
restaurant with an emergency (kitchenrepairil), labelled by the one-weak-factor rule. Urgency follows section 3
literally: "hoy/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL, an incident in the
past is not an incident now, urgency about an unrelated matter does not count, a request for a quote, a proposal, a
call or a visit is HIGH, and a description that holds only a greeting, an emoji, "N/A" or "info" goes to REVIEW.

L() and write() come from holdout_rows.SellerRows. Ids are bd001, bd002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout72.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_bombasconcretocr, rows_certificaorganicope, rows_wrapflotasmx, rows_kitchenrepairil  # noqa: E402

_rows = SellerRows(HERE, "bd")

for _module in (rows_bombasconcretocr, rows_certificaorganicope, rows_wrapflotasmx, rows_kitchenrepairil):
    _module.add(_rows)

_rows.write("holdout72")
