#!/usr/bin/env python3
"""Writes holdout90.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(enfermeriatemporalco, exportauy, impresion3dindustrialbr, gastostelecommx; profiles in ./profiles), 42 leads each.

enfermeriatemporalco is a Colombian healthcare staffing company (temporary nurses and nursing assistants, ICU and
emergency shift coverage, home-care nursing teams for EPS and insurers, credentialing of care staff) for hospitals,
clinics, home-care providers and health insurers in Colombia with 100 employees or more; exportauy is a Uruguayan
export-consulting firm (market studies and entry strategy, trade fairs, buyer matchmaking missions, export
certifications and incentives) for food, wine, wool, software and manufacturing companies in Uruguay and Paraguay with
10 employees or more; impresion3dindustrialbr is a Brazilian industrial 3D-printing service (printed spare parts, jigs
and fixtures, functional prototypes in engineering polymers and metal, reverse engineering by 3D scanning) for
manufacturers, automotive suppliers, mining and oil & gas maintenance teams in Brazil with 50 employees or more;
gastostelecommx is a Mexican telecom-expense management company (bill audit, carrier contract renegotiation, mobile
fleet management, recovery of overcharges) for corporates, banks, retail chains, logistics companies and universities
in Mexico with 200 employees or more. Leads are in Colombian, Rioplatense and Mexican Spanish, Brazilian Portuguese
and US English, as people type them into a web form (typos, missing accents, free-mail for small businesses and
private persons).

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every name, company, domain and sentence is invented. Every lead is split `holdout90`: a measuring set, not
a tuning set. Each seller has the same mix: 15 buyers (all urgency levels, several seniorities, some with no
jobPosition or size), 3 influencers, 2 horizon, and one or two each of no_timeline, past_incident, unrelated_urgency,
negated_urgency, unusual_words, small_business, off_target, off_country, job_seeker, vendor, partner, competitor,
private_person, student, spam, content_free, injection, disposable_email, invalid_email.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Seniority follows section 1 literally (C_LEVEL patterns first; an absent
jobPosition is UNKNOWN and not a decision maker; a MANAGER is a decision maker only in technology, purchasing or the
profile's buyerAreas; a TECHNICAL person, e.g. Especialista, Ingeniero or Técnico, is an INFLUENCER). Urgency follows
section 3 literally: "hoy en día" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote asked
in the same breath is still HIGH), an incident in the past is not an incident now, urgency about an unrelated matter
does not count, and a request for a quote, a proposal, a call or a visit is HIGH. Content-free leads with an
otherwise good fit are REVIEW; injected instructions are ignored and the lead is labelled from its fields.

L() and write() come from holdout_rows.SellerRows. Ids are bv001, bv002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout90.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_enfermeriatemporalco, rows_exportauy, rows_impresion3dindustrialbr, rows_gastostelecommx  # noqa: E402

_rows = SellerRows(HERE, "bv")
rows_enfermeriatemporalco.add(_rows)
rows_exportauy.add(_rows)
rows_impresion3dindustrialbr.add(_rows)
rows_gastostelecommx.add(_rows)
_rows.write("holdout90")
