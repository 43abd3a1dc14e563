#!/usr/bin/env python3
"""Writes holdout120.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(publicacoesbr, filtrospy, patronajehn, adaspt; profiles in ./profiles), 42 leads each, written by rows_<id>.py.

publicacoesbr is a Brazilian legal-intelligence service in Belo Horizonte (daily capture of court publications in the
Diários de Justiça and DJEN by lawyer / OAB / party, tracking of case movements in PJe, e-SAJ, Projudi and eproc,
monitoring of new lawsuits and summonses against clients by CNPJ/CPF, outsourced legal deadline control integrated with
the firm's legal software) for law firms, corporate legal departments and collection firms in Brazil, 20 employees or
more; leads in Brazilian Portuguese, a few in English. filtrospy is a Paraguayan filter-rehabilitation company in
Encarnación (filter-bed diagnosis, replacement of sand, anthracite, gravel and granular activated carbon, repair of
underdrains, nozzles and air-water wash, backwash optimisation and operator training) for public and municipal
water-treatment plants, juntas de saneamiento, aguaterías and industrial plants with their own water or effluent
treatment (meat plants, dairies, beverages, sugar mills) in Paraguay, 30 employees or more; leads in Paraguayan
Spanish, a few in Brazilian Portuguese. patronajehn is a Honduran pattern-and-marker service bureau in San Pedro Sula
(digitising and grading patterns, optimised marker making, plotting with 24 h delivery, fabric consumption for costing
and consumption audits) for maquilas, garment factories and uniform makers in Honduras, El Salvador and Guatemala, 100
employees or more; leads in Honduran and Salvadoran Spanish, a few in English. adaspt is a Portuguese mobile ADAS
calibration company (Lisbon and Porto: calibration of cameras, radars and sensors after windscreen, collision or
alignment work, on-site mobile units, diagnostic scans and calibration reports for insurers, contracts for dealers,
windscreen networks and fleet managers) for dealers, workshops, body shops, windscreen networks and fleet managers in
Portugal, 20 employees or more; leads in European Portuguese, a few in English and Spanish.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout120`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, a deadline today / tomorrow / this week is CRITICAL, a
quarter or "this year" horizon is MEDIUM and "next year" is LOW, and an absent jobPosition is UNKNOWN seniority (not a
decision maker, so never SQL). A MANAGER of one of the profile's buyerAreas or of purchasing is a business decision
maker; a manager elsewhere, a technical person and an analyst / assistant are not.

L() and write() come from holdout_rows.SellerRows. Ids are cz001, cz002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout120.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_publicacoesbr  # noqa: E402
import rows_filtrospy  # noqa: E402
import rows_patronajehn  # noqa: E402
import rows_adaspt  # noqa: E402

_rows = SellerRows(HERE, "cz")
rows_publicacoesbr.add(_rows)
rows_filtrospy.add(_rows)
rows_patronajehn.add(_rows)
rows_adaspt.add(_rows)
_rows.write("holdout120")
