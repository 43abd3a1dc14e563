#!/usr/bin/env python3
"""Writes holdout105.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(casqueamentobr, llenadorasar, drywallec, analiticavozes; profiles in ./profiles), 42 leads each, written by
rows_<id>.py.

casqueamentobr is a Brazilian hoof-health service for cattle herds from Castro, Paraná (hoof trimming with a mobile
hydraulic crush, lameness treatment, locomotion scoring, footbath programmes, with a responsible veterinarian) for
dairy farms, agricultural cooperatives, dairies with their own herds, heifer-rearing centres and beef feedlots in
Brazil and Paraguay, 20 employees or more; leads in Brazilian Portuguese and a few in Spanish. llenadorasar is an
Argentine bottling-line maintenance company from Luján de Cuyo, Mendoza (preventive plans for fillers, monoblocs,
cappers and corkers, in-season breakdown service, labeller and case-packer set-up, overhaul of used machines) for
wineries, wine bottlers, olive-oil, must and juice makers, cider houses and breweries in Argentina, 30 employees or
more; leads in Rioplatense Spanish and a few in English. drywallec is an Ecuadorian supplier of dry-construction
building products from Quito (gypsum and fibre-cement boards, galvanised steel framing, suspended ceilings,
accessories, with site delivery, quantity take-offs, site visits and installer training) for construction
companies, developers, finishing contractors and fit-out companies in Ecuador, 25 employees or more; leads in
Ecuadorian Spanish and a few in English. analiticavozes is a Spanish AI speech-analytics company from Madrid
(transcription and analysis of every contact-centre call, automated quality scoring, voice-of-the-customer
dashboards, pilot and coaching) for insurers, banks, telecoms, energy and water retailers, retail, e-commerce and
BPOs in Spain and Portugal, 100 employees or more; leads in Castilian Spanish and a few in English and European
Portuguese.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout105`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission
or margin, competitor, private person). A field that is simply absent is neutral. Urgency follows section 3
literally: "hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call
request stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not
count, a request for a quote, a proposal, a demo, a call or a visit is HIGH, a quarter or year horizon is MEDIUM at
most, and an absent jobPosition is UNKNOWN seniority (not a decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are ck001, ck002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout105.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_casqueamentobr  # noqa: E402
import rows_llenadorasar  # noqa: E402
import rows_drywallec  # noqa: E402
import rows_analiticavozes  # noqa: E402

_rows = SellerRows(HERE, "ck")
rows_casqueamentobr.add(_rows)
rows_llenadorasar.add(_rows)
rows_drywallec.add(_rows)
rows_analiticavozes.add(_rows)
_rows.write("holdout105")
