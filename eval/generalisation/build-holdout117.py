#!/usr/bin/env python3
"""Writes holdout117.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(radioindoorbr, agostaderomx, tratamientotermicoco, headshotsus; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

radioindoorbr is a Curitiba (Brazil) in-store radio and point-of-sale audio company (licensed music programming with
copyright management, recorded offer spots and announcements per store, installation and maintenance of store sound
systems, a head-office management panel) for supermarket, cash-and-carry, pharmacy, fashion, footwear and
building-materials chains in Brazil, 50 employees or more; leads in Brazilian Portuguese, a few in English (and one
European Portuguese). agostaderomx is a Monterrey (Mexico) rangeland-restoration company (brush control and selective
clearing, grass reseeding, soil-and-water conservation works such as stock ponds and rock check dams, grazing plans
and carrying-capacity studies) for cattle ranches, hunting ranches (UMA), livestock ejidos and agribusinesses in
north-east Mexico, 20 employees or more; leads in Mexican Spanish, a few in English. tratamientotermicoco is a Girón
/ Bucaramanga (Colombia) contract heat-treatment plant (hardening and tempering, carburising and nitriding,
annealing and field stress relieving / PWHT, hardness testing, metallography and batch certificates) for
metalworking and auto-parts factories, machining shops, mould makers, process plants and mining suppliers in
Colombia, 30 employees or more; leads in Colombian Spanish, a few in English. headshotsus is a Dallas (USA)
corporate headshot photography company (on-site headshot days, a new-hire headshot program, leadership, team and
workplace photography, a managed image library) for law, accounting and consulting firms, insurance, real-estate
and financial-services offices, corporate headquarters and healthcare administration offices in the United States,
25 employees or more; leads in English, a few in Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout117`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call, a demo or a visit is HIGH, a quarter or year horizon is MEDIUM at most (next
year is LOW), and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are cw001, cw002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout117.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_radioindoorbr  # noqa: E402
import rows_agostaderomx  # noqa: E402
import rows_tratamientotermicoco  # noqa: E402
import rows_headshotsus  # noqa: E402

_rows = SellerRows(HERE, "cw")
rows_radioindoorbr.add(_rows)
rows_agostaderomx.add(_rows)
rows_tratamientotermicoco.add(_rows)
rows_headshotsus.add(_rows)
_rows.write("holdout117")
