#!/usr/bin/env python3
"""Writes holdout87.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(certificacionhalalbr, arrendamientoequipomedicoco, visitadoresmedicosmx, acreditacionlaboratoriosar; profiles in
./profiles, rows in ./rows_<id>.py).

certificacionhalalbr is a Brazilian halal-certification body (halal audits and certificates, supervision of halal
slaughter by Muslim slaughtermen, export documentation for the Middle East and Southeast Asia, staff training) for
meatpackers, food manufacturers, ingredient makers and cosmetics exporters in Brazil with 100+ employees; leads in
Brazilian Portuguese and some English. arrendamientoequipomedicoco is a Colombian medical-equipment rental company
(ventilators, monitors, infusion pumps, hospital beds, maintenance and calibration included, ICU surge capacity) for
hospitals, clinics, home-care providers and insurers' networks in Colombia with 50+ employees; leads in Colombian
Spanish and a few in English. visitadoresmedicosmx is a Mexican contract sales organisation for pharma (outsourced
medical reps, territory design, pharmacy and hospital coverage, CRM reporting, launches) for labs, generics,
nutraceutical and medical-device companies in Mexico with 50+ employees; leads in Mexican Spanish and some English.
acreditacionlaboratoriosar is an Argentine lab-quality consultancy (ISO/IEC 17025 accreditation before the OAA,
method validation, measurement uncertainty, internal audits, proficiency testing) for testing and calibration labs in
Argentina and Uruguay with 20+ employees; leads in Rioplatense Spanish and a few in English and Portuguese.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout87`: a
measuring set, not a tuning set. Each seller has 15 buyers, 3 influencers, 2 horizon, 1 no_timeline, 1 past_incident,
1 unrelated_urgency, 1 negated_urgency, 2 unusual_words, 1 small_business, 1 off_target, 1 off_country, 1 job_seeker,
2 vendors, 1 partner, 1 competitor, 1 private_person, 1 student, 1 spam, 2 content_free, 1 injection,
1 disposable_email and 1 invalid_email.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries / targetAudience,
size against the profile's minimum employee count, need against mainServices, country against targetCountries), each
good, neutral (field absent) or weak. A: no weak factor; B: one weak; C: two weak; D: three or more weak, or not a
buyer at all (student, job seeker, vendor or agency selling to us, partner after a commission, competitor, private
person). Urgency follows section 3 literally: "hoje/hoy/today" meaning "nowadays" is no deadline, a negated urgency is
never CRITICAL (but a quote, proposal, call or visit request is still HIGH), an incident in the past is not an
incident now, urgency about an unrelated matter does not count, and a request for a quote, a proposal, a call or a
visit is HIGH. A missing jobPosition is UNKNOWN seniority, so never a decision maker. Stage is the first matching
rule of section 6; priority follows section 7.

L() and write() come from holdout_rows.SellerRows. Ids are bs001, bs002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout87.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_certificacionhalalbr  # noqa: E402
import rows_arrendamientoequipomedicoco  # noqa: E402
import rows_visitadoresmedicosmx  # noqa: E402
import rows_acreditacionlaboratoriosar  # noqa: E402

_rows = SellerRows(HERE, "bs")
rows_certificacionhalalbr.add(_rows)
rows_arrendamientoequipomedicoco.add(_rows)
rows_visitadoresmedicosmx.add(_rows)
rows_acreditacionlaboratoriosar.add(_rows)
_rows.write("holdout87")
