#!/usr/bin/env python3
"""Writes holdout84.jsonl: a fresh generalisation holdout for four sellers not used before
(alquilermodulosmx, mantenimientoaerogeneradoresbr, cajerosautomaticosgt, inspecciontextilgt; profiles in ./profiles),
42 leads each, 168 in all.

alquilermodulosmx is a Mexican modular-building and portable-office rental company (site offices, modular camps and
dormitories for crews, portable toilets and shower units, container warehouses, installation and removal) for
construction, mining, oil and gas, wind and solar projects and event organisers in Mexico, 50 employees or more;
mantenimientoaerogeneradoresbr is a Brazilian wind-turbine services company (drone and rope-access blade inspection,
blade repair, gearbox and generator maintenance, predictive monitoring, main-component replacement) for wind-farm
owners and operators, IPPs and OEM subcontracting in Brazil, 30 employees or more; cajerosautomaticosgt is a Guatemalan
ATM and cash-equipment services company (ATM installation and first/second-line maintenance, cash recyclers and smart
safes, cash-in-transit coordination, 24/7 ATM availability monitoring) for banks, cooperatives, retail, supermarket and
fuel-station chains in Guatemala, Honduras and El Salvador, 100 employees or more; inspecciontextilgt is a Guatemalan
apparel quality-inspection firm (pre-shipment and in-line AQL inspections, social and technical factory audits,
lab-testing coordination, fabric and trim inspections) for maquilas and US / Mexican apparel brands and importers
sourcing in Guatemala, Honduras and El Salvador, 50 employees or more.

Each seller has the same mix of kinds: buyer 15 (every urgency level, several seniorities, some absent jobPosition or
companySize), influencer 3, horizon 2, no_timeline, past_incident, unrelated_urgency, negated_urgency, unusual_words
2, small_business, off_target, off_country, job_seeker, vendor 2, partner, competitor, private_person, student, spam,
content_free 2, injection, disposable_email, invalid_email.

Written and labelled by an independent author from the shared policy.md alone (sections 1-7, buyerAreas, section 6's
non-buyers, the prompt-injection note). The classifier's code was not read or run, no eval was run, and no other
evaluation set was read: every person, company, domain, phone number and sentence is invented. Every lead is split
`holdout84`: a measuring set, not a tuning set.

Fit-grade convention used in the `why` strings: four factors (industry, size against the profile's minimum, need
against mainServices, country against targetCountries read from the lead's location field). A: all four good (an
absent field is neutral, not weak); B: one weak; C: two weak; D: three weak, or not a buyer at all (student, job
seeker, vendor, partner after a commission, competitor, private person). policy.md has no country gate, so an
off-country lead with everything else good is B and follows the usual stage rules. Urgency follows section 3
literally: a negated urgency is never CRITICAL (a proposal request after 'not urgent' is still HIGH), an incident in
the past is not an incident now, urgency about an unrelated matter does not count, a request for a quote, a proposal,
a call, a visit or a demo is HIGH, and next year / 'a futuro' is LOW. A decision maker is a *_DECISION_MAKER of
section 1 (a MANAGER only in technology or in the profile's buyerAreas); an absent jobPosition is UNKNOWN.

L() and write() come from holdout_rows.SellerRows. Ids are bp001, bp002, ... in the order the rows are written; each
row's profile is the seller() block it sits in. Run:
    python3 -B build-holdout84.py
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ in the checkout
sys.path.insert(0, HERE)
from holdout_rows import SellerRows  # noqa: E402
import rows_alquilermodulosmx  # noqa: E402
import rows_mantenimientoaerogeneradoresbr  # noqa: E402
import rows_cajerosautomaticosgt  # noqa: E402
import rows_inspecciontextilgt  # noqa: E402

_rows = SellerRows(HERE, "bp")
rows_alquilermodulosmx.add(_rows)
rows_mantenimientoaerogeneradoresbr.add(_rows)
rows_cajerosautomaticosgt.add(_rows)
rows_inspecciontextilgt.add(_rows)
_rows.write("holdout84")
