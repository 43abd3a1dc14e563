#!/usr/bin/env python3
"""Writes holdout94.jsonl: a fresh generalisation holdout of 168 leads for four sellers not used before
(vacunacionavicolape, tratamientomaderapy, auditoriaenergeticahotelescr, inspeccionvehiculosflotasuy; profiles in
./profiles), 42 leads each, written by rows_<id>.py.

vacunacionavicolape is a Peruvian poultry-health services company (vaccination crews for broiler and layer farms,
in-ovo and day-old vaccination at hatcheries, serology monitoring, biosecurity audits) for integrators, hatcheries,
layer farms and feed companies in Peru and Bolivia, 50 employees or more; leads in Peruvian (and some Bolivian)
Spanish, a few in English. tratamientomaderapy is a Paraguayan wood-preservation plant (CCA pressure treatment of
eucalyptus posts and poles, utility poles, ranch fence posts, treated lumber, ISPM-15 pallet treatment) for electricity
utilities and their contractors, cattle ranches, construction companies and exporters in Paraguay and Brazil, 30
employees or more; leads in Paraguayan Spanish, Brazilian Portuguese and a few in English.
auditoriaenergeticahotelescr is a Costa Rican energy-efficiency company for hospitality (energy audits, chiller and
hot-water optimisation, solar thermal for pools and laundry, sub-metering and guest-room controls, shared-savings
contracts) for hotels, resorts, hospitals and shopping centres in Costa Rica and Panama, 50 employees or more; leads
in Costa Rican Spanish and English. inspeccionvehiculosflotasuy is a Uruguayan fleet-inspection and
mobile-maintenance company (pre-trip and periodic safety inspections at the client's yard, mobile preventive
maintenance, brake and tyre programmes, technical-inspection preparation) for trucking companies, bus operators,
distributors and utilities in Uruguay, 30 employees or more; leads in Rioplatense Spanish, a few in Portuguese and
English.

Each seller has the same 42 kinds: buyer 15 (every urgency level, several seniorities, bosses of influencers, some
without jobPosition or size), influencer 3, horizon 2, no_timeline 1, past_incident 1, unrelated_urgency 1,
negated_urgency 1, unusual_words 2, small_business 1, off_target 1, off_country 1, job_seeker 1, vendor 2, partner 1,
competitor 1, private_person 1, student 1, spam 1, content_free 2, injection 1, disposable_email 1, invalid_email 1.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, no other set was
read, and every person, company, domain, phone number and sentence is invented. Every lead is split `holdout94`: a
measuring set, not a tuning set. Where policy.md is ambiguous the most literal reading was taken and the row's `why`
says so.

Fit-grade convention used in the `why` strings: four factors (industry against targetIndustries, size against the
profile's minimum employee count, need against mainServices, country against targetCountries). A: all four good; B:
one weak; C: two weak; D: three weak, or not a buyer at all (student, job seeker, vendor, partner after a commission,
competitor, private person). A field that is simply absent is neutral. Urgency follows section 3 literally:
"hoy/hoje/today" meaning "nowadays" is no deadline, a negated urgency is never CRITICAL (a quote or call request
stays HIGH), an incident in the past is not an incident now, urgency about an unrelated matter does not count, a
request for a quote, a proposal, a call or a visit is HIGH, and an absent jobPosition is UNKNOWN seniority (not a
decision maker, so never SQL).

L() and write() come from holdout_rows.SellerRows. Ids are bz001, bz002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout94.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_vacunacionavicolape  # noqa: E402
import rows_tratamientomaderapy  # noqa: E402
import rows_auditoriaenergeticahotelescr  # noqa: E402
import rows_inspeccionvehiculosflotasuy  # noqa: E402

_rows = SellerRows(HERE, "bz")
rows_vacunacionavicolape.add(_rows)
rows_tratamientomaderapy.add(_rows)
rows_auditoriaenergeticahotelescr.add(_rows)
rows_inspeccionvehiculosflotasuy.add(_rows)
_rows.write("holdout94")
