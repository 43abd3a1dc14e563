#!/usr/bin/env python3
"""Writes holdout86.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers not used before
(residuoshospitalariospe, capacitacionconduccionbr, privacidaddatosar, rociadorescr; profiles in ./profiles).

residuoshospitalariospe is a Peruvian biomedical-waste company (collection of hazardous hospital waste with authorised
trucks and manifests for the health authority, autoclave treatment, sharps containers, segregation training) for
hospitals, clinics, laboratories, dental chains and veterinary hospitals in Peru, 50 employees or more;
capacitacionconduccionbr is a Brazilian fleet-driver training company (defensive and economical driving, simulators,
telemetry-based coaching, MOPP, accident-reduction programmes) for trucking companies, distributors, bus operators,
utilities and sales fleets in Brazil, 80 employees or more; privacidaddatosar is an Argentine data-privacy compliance
consultancy (outsourced DPO, data inventories and AAIP registration, impact assessments, cross-border transfer
contracts, breach response, GDPR/LGPD) for banks, fintechs, insurers, health providers, retailers and software
companies in Argentina and Uruguay, 100 employees or more; rociadorescr is a Costa Rican fire-sprinkler company
(NFPA 13 design and installation, fire pumps, NFPA 25 inspections, hydraulic recalculation, fire-department permits)
for warehouses, free-zone plants, hotels, malls and hospitals in Costa Rica and Panama, 50 employees or more.

Each seller has 42 rows: buyer 15 (every urgency level, several seniorities, some without jobPosition or size),
influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1, negated_urgency 1, unusual_words 2,
small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1, competitor 1, private_person 1,
student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain and phone number is invented. Every lead is split `holdout86`: a measuring
set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: all four good; B: one weak; C: two weak; D: three weak,
or not a buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person).
A field that is simply absent is neutral; a country outside targetCountries is one weak factor, not a disqualifier.
Seniority follows section 1 literally (Gerente General / Gerente Geral is C_LEVEL; a Jefe / Coordinador / Supervisor
is a MANAGER, a decision maker only in purchasing, technology or one of the profile's buyerAreas; an absent
jobPosition is UNKNOWN, never a decision maker). Urgency follows section 3 literally: a negated urgency is never
CRITICAL, an incident in the past is not an incident now, urgency about an unrelated matter does not count, a request
for a quote, a proposal, a call, a demo or a visit is HIGH, and "this year" / "next quarter" is MEDIUM while "next
year" is LOW. Injected instructions are data and change nothing.

L() and write() come from holdout_rows.SellerRows. Ids are br001, br002, ... in the order the rows are written; each
row's profile is the seller() block it sits in (rows_<seller>.py). Run:
    python3 -B build-holdout86.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_residuoshospitalariospe  # noqa: E402
import rows_capacitacionconduccionbr  # noqa: E402
import rows_privacidaddatosar  # noqa: E402
import rows_rociadorescr  # noqa: E402

_rows = SellerRows(HERE, "br")
rows_residuoshospitalariospe.add(_rows)
rows_capacitacionconduccionbr.add(_rows)
rows_privacidaddatosar.add(_rows)
rows_rociadorescr.add(_rows)
_rows.write("holdout86")
