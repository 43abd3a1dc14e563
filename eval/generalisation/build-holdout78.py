#!/usr/bin/env python3
"""Writes holdout78.jsonl: a fresh generalisation holdout of 168 leads, 42 for each of four sellers that no earlier set
used (peritosseguroscl, tapetespe, plantasinterioresbr, parkinggarageinspectil; profiles in ./profiles).

peritosseguroscl is a Chilean firm of insurance loss adjusters and damage surveyors (property, business-interruption
and cargo claims, engineering reports, salvage) for insurers, brokers and large insured companies in Chile and Peru;
tapetespe is a Peruvian entrance-mat rental and washing service (logo, anti-fatigue, scraper and sanitary mats with
weekly exchange); plantasinterioresbr is a Brazilian corporate indoor-plant company (design, rental with maintenance,
green walls and moss panels, seasonal lobby decoration) in São Paulo, Rio de Janeiro and Belo Horizonte;
parkinggarageinspectil is an Illinois structural engineering firm for parking garages (condition assessments, Chicago
ordinance reports, concrete and post-tension repair design, waterproofing and joint replacement) in Illinois, Indiana
and Wisconsin. The rows of each seller live in rows_<id>.py.

Every lead, name, company, address and sentence was invented for this set, and the labels were read off policy.md
(sections 1-7, buyerAreas, the non-buyers of section 6, the prompt-injection note) and nothing else: no classifier code,
no other holdout set and no eval output was looked at or run. Each seller has the same mix of 22 kinds: 15 plain
buyers spread over CRITICAL, HIGH, MEDIUM and LOW urgency, 3 influencers, and one or two each of horizon, no_timeline,
past_incident, unrelated_urgency, negated_urgency, unusual_words, small_business, off_target, off_country,
job_seeker, vendor, partner, competitor, private_person, student, spam, content_free, injection, disposable_email and
invalid_email. The split is `holdout78`, for measuring only.

How the `why` strings read the policy:
- Fit has four factors: industry against targetIndustries, size against the minimum in targetAudience, need against
  mainServices, location against targetCountries. Grade A when none is weak, B when one is weak, C when two are,
  D when three are or when the sender is not a buyer at all (student, job seeker, vendor or agency selling to us,
  partner after a commission, competitor, a private person with a need outside mainServices). An absent field is
  neutral, never weak. Where a lead sits on the B/C line and the stage would differ, the `why` says which reading was
  taken; where both readings give the same stage, it says so.
- Decision maker = C_LEVEL or DIRECTOR in any area, or a MANAGER (Gerente, Jefe, Coordinador, Supervisor, Manager) in
  technology, purchasing or one of the profile's buyerAreas. Analysts, assistants, technicians, engineers without a
  manager title, a manager outside those areas, and a missing job title are not decision makers.
- Urgency follows section 3 word for word: an incident now, 'urgente'/ASAP, or a deadline today, tomorrow or this
  week is CRITICAL; a quote, price, proposal, call, meeting or visit request, this month or approved budget is HIGH;
  evaluating, comparing, next quarter or this year is MEDIUM; information only, 'a futuro', next year is LOW. A negated
  urgency is never CRITICAL and the rest of the text decides; an incident that is over is not an incident now;
  urgency about another matter in the same message does not count; 'hoy/hoje' meaning nowadays is no deadline.
- Stage is the first matching rule of section 6, so an invalid or disposable email, a test lead, a non-buyer or
  fit D is DISQUALIFIED whatever the need; a content-free description with otherwise real data is REVIEW; instructions
  addressed to the classifier inside a description are ignored and the lead is labelled by its remaining content.

L() and write() come from holdout_rows.SellerRows; ids run bj001 ... bj168 in the order the rows are added. Run:
    python3 -B build-holdout78.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_peritosseguroscl  # noqa: E402
import rows_tapetespe  # noqa: E402
import rows_plantasinterioresbr  # noqa: E402
import rows_parkinggarageinspectil  # noqa: E402

_rows = SellerRows(HERE, "bj")

for module in (rows_peritosseguroscl, rows_tapetespe, rows_plantasinterioresbr, rows_parkinggarageinspectil):
    module.add(_rows)

_rows.write("holdout78")
