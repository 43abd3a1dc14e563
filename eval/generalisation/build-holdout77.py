#!/usr/bin/env python3
"""Writes holdout77.jsonl: a fresh generalisation holdout of 168 leads (42 per seller) for four sellers not used before
(recuperacionsolventesmx, hvacbalancingnj, evacuacionaereape, cablestructuradouy; profiles in ./profiles).

recuperacionsolventesmx is a Mexican solvent-recovery company (on-site distillation units, toll recycling of used solvents,
hazardous-waste manifests under SEMARNAT rules, solvent supply) for printers, packaging, paint, ink, pharma and auto-parts
paint lines; hvacbalancingnj is a New Jersey HVAC test-and-balance firm (air and water balancing, hospital pressure
testing, cleanroom and lab airflow, commissioning support) for contractors, hospitals, universities, pharma and property
managers in NJ, NY and PA; evacuacionaereape is a Peruvian air-medical evacuation and remote-site medical company for
mining, oil and gas, hydro and infrastructure projects in Peru and Bolivia; cablestructuradouy is a Uruguayan structured
cabling and fibre contractor (cat 6A, fibre backbones, racks, certification, Wi-Fi surveys) for offices, hospitals,
warehouses, free-zone companies and schools in Uruguay and southern Brazil.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). No classifier code was read or run, no eval was run, and no sentence, name or
company was taken from another set. Every lead is split `holdout77`: a measuring set, not a tuning set. Each seller has
the same mix of kinds (15 buyers; 3 influencers; 2 horizon; no_timeline, past_incident, unrelated_urgency,
negated_urgency; 2 unusual_words; small_business, off_target, off_country; job_seeker, 2 vendors, partner, competitor,
private_person, student, spam; 2 content_free; injection; disposable_email, invalid_email). Languages: es, en, pt.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries). A: none weak; B: one weak; C: two weak; D: three weak, or not a
buyer at all (student, job seeker, vendor, partner after a commission, competitor, private person). A field that is
simply absent is neutral. A country outside targetCountries is one weak factor, not a disqualifier. Decision makers
follow section 1 with each profile's buyerAreas; a missing or non-listed job title (e.g. a camp doctor) is not a decision
maker. Urgency follows section 3 literally: "hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never
CRITICAL, an incident in the past is not an incident now, urgency or an outage about an unrelated matter does not count,
a request for a quote, a price, a proposal, a call, a meeting or a visit is HIGH, and next year / a year out is LOW. An
injected instruction is ignored and the lead is labelled from the rest of its fields.

L() and write() come from holdout_rows.SellerRows. Ids are bi001, bi002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout77.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_recuperacionsolventesmx  # noqa: E402
import rows_hvacbalancingnj  # noqa: E402
import rows_evacuacionaereape  # noqa: E402
import rows_cablestructuradouy  # noqa: E402

_rows = SellerRows(HERE, "bi")

for _module in (rows_recuperacionsolventesmx, rows_hvacbalancingnj, rows_evacuacionaereape, rows_cablestructuradouy):
    _before = len(_rows.rows)
    _module.add(_rows)
    assert len(_rows.rows) - _before == 42, (_module.__name__, len(_rows.rows) - _before)

_rows.write("holdout77")
