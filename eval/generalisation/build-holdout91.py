#!/usr/bin/env python3
"""Writes holdout91.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(mantenimientoaeronavespa, subtitulosaccesibilidadmx, ciberseguridadotcl, agronomiadigitalar; profiles in ./profiles,
rows in ./rows_<id>.py).

mantenimientoaeronavespa is a Panamanian aircraft-maintenance organisation at Tocumen (line maintenance, A-checks and
heavy checks for narrow-body and turboprop fleets, component repair, AOG support, technical records) for airlines,
charter and cargo operators and corporate flight departments in Panama and Central America, 100 employees or more;
leads in Central American Spanish and English. subtitulosaccesibilidadmx is a Mexican accessibility-services company
(closed captioning and live subtitling, Mexican Sign Language interpretation, audio description, accessible documents
and websites) for TV channels, streaming platforms, universities, government agencies and large corporates in Mexico,
50 employees or more; leads in Mexican Spanish and a few in English. ciberseguridadotcl is a Chilean industrial
(OT/ICS) cybersecurity company (SCADA and PLC network assessments, plant-network segmentation, OT monitoring, incident
response for control systems, IEC 62443 programmes) for mining, electricity and water utilities, ports and
manufacturing plants in Chile and Peru, 200 employees or more; leads in Chilean and Peruvian Spanish and some in
English. agronomiadigitalar is an Argentine precision-agronomy firm (grid soil sampling, variable-rate seeding and
fertilisation prescriptions, yield-map analysis, satellite crop monitoring, agronomist advisory) for large farms,
farming companies, cooperatives and input distributors in Argentina and Uruguay, 20 employees or more; leads in
Rioplatense Spanish and a few in English and Portuguese.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or companySize), influencer 3, horizon 2, no_timeline, past_incident, unrelated_urgency,
negated_urgency, unusual_words 2, small_business, off_target, off_country, job_seeker, vendor 2, partner, competitor,
private_person, student, spam, content_free 2, injection, disposable_email, invalid_email.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no other
evaluation set was read; every person, company, domain and sentence is invented. Every lead is split `holdout91`: a
measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral. Seniority follows section 1 (C_LEVEL patterns first; an absent jobPosition
is UNKNOWN, never a decision maker; a MANAGER is a decision maker only in technology, purchasing or the profile's
buyerAreas). Urgency follows section 3 literally: "hoy/today" meaning "nowadays" is no deadline, a negated urgency is
never CRITICAL, an incident in the past is not an incident now, urgency about an unrelated matter does not count, and
a request for a quote, a proposal, a call, a demo or a visit is HIGH. An injected instruction is data and changes
nothing; a description with no content is REVIEW; a DISPOSABLE or INVALID email is DISQUALIFIED whatever else the
lead says.

L() and write() come from holdout_rows.SellerRows. Ids are bw001, bw002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout91.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_mantenimientoaeronavespa  # noqa: E402
import rows_subtitulosaccesibilidadmx  # noqa: E402
import rows_ciberseguridadotcl  # noqa: E402
import rows_agronomiadigitalar  # noqa: E402

_rows = SellerRows(HERE, "bw")
rows_mantenimientoaeronavespa.add(_rows)
rows_subtitulosaccesibilidadmx.add(_rows)
rows_ciberseguridadotcl.add(_rows)
rows_agronomiadigitalar.add(_rows)
_rows.write("holdout91")
