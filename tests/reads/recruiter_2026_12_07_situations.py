from datetime import datetime as D
from zoneinfo import ZoneInfo as Z
from guide import Situation, advise
NY=Z("America/New_York"); LA=Z("America/Los_Angeles"); CHI=Z("America/Chicago"); LON=Z("Europe/London")
US=dict(candidate_name="Marcus Bell", candidate_phone="(555) 201-7788", candidate_email="marcus.bell@example.com", tone="formal")
GB=dict(candidate_name="Priya Shah", candidate_phone="07700 900321", candidate_email="priya.shah@example.co.uk", tone="formal", language="en-GB", country="GB")
S=[]
def add(label, **kw): S.append((label, kw))
def W(base, **o): return {**base, **o}
# 1-6 missed
add("1 missed overslept, today 7am found", **US, scenario="missed", reason="overslept", company="Target", role="Stocker", contact_name="Dana Ortiz", interview_at=D(2026,12,2,6,0,tzinfo=NY), now=D(2026,12,2,7,0,tzinfo=NY), location="Store 1142", employer_hours="extended")
add("2 missed forgot, yesterday, found lunch", **US, scenario="missed", reason="forgot", company="Brightline Insurance", role="Claims Assistant", contact_name="Mr. Patel", interview_at=D(2026,12,1,10,0,tzinfo=CHI), now=D(2026,12,2,12,15,tzinfo=CHI), location="400 Wacker Dr")
add("3 missed illness four days ago", **US, scenario="missed", reason="illness", company="Northwind Logistics", role="Forklift Operator", contact_name="Karen Wu", interview_at=D(2026,11,30,9,0,tzinfo=NY), now=D(2026,12,4,10,0,tzinfo=NY), location="88 Depot Rd")
add("4 missed technical video, found 9pm", **US, scenario="missed", reason="technical", company="Cobalt Software", role="Junior QA Engineer", contact_name="Sam Rivera", interview_at=D(2026,12,3,15,0,tzinfo=LA), now=D(2026,12,3,21,0,tzinfo=LA), interview_format="video", interviews_so_far=2)
add("5 missed confusion, employer other zone (cand LA, emp NY) phone interview", **US, scenario="missed", reason="confusion", company="Harbor Bank", role="Customer Service Rep", contact_name="Ms. Greene", interview_at=D(2026,12,2,11,0,tzinfo=NY), now=D(2026,12,2,9,30,tzinfo=LA), candidate_zone="America/Los_Angeles", interview_format="phone")
add("6 missed family emergency, Thanksgiving eve", **US, scenario="missed", reason="family_emergency", company="Meridian Health", role="Front Desk Coordinator", contact_name="Lisa Tran", interview_at=D(2026,11,25,10,0,tzinfo=NY), now=D(2026,11,25,16,30,tzinfo=NY), location="2 Clinic Way")
# 7-11 late
add("7 late 5 min traffic", **W(US, tone="warm"), scenario="late", reason="traffic", company="Starbucks", role="Barista", contact_name="Jen", interview_at=D(2026,12,4,14,0,tzinfo=NY), now=D(2026,12,4,13,50,tzinfo=NY), eta_minutes=15, location="5th & Main", employer_hours="extended")
add("8 late 25 min overslept 7am", **US, scenario="late", reason="overslept", company="Amazon", role="Fulfillment Associate", contact_name="Mr. Davis", interview_at=D(2026,12,3,7,30,tzinfo=CHI), now=D(2026,12,3,7,10,tzinfo=CHI), eta_minutes=45, location="DCK6", employer_hours="extended")
add("9 late 75 min family emergency later round", **US, scenario="late", reason="family_emergency", company="Lumen Analytics", role="Data Analyst", contact_name="Dr. Kim", interview_at=D(2026,12,3,13,0,tzinfo=NY), now=D(2026,12,3,12,55,tzinfo=NY), eta_minutes=80, interviews_so_far=3, location="1 Park Ave")
add("10 late technical video 25 min", **US, scenario="late", reason="technical", company="Cobalt Software", role="Support Engineer", contact_name="Sam Rivera", interview_at=D(2026,12,2,11,0,tzinfo=LA), now=D(2026,12,2,10,58,tzinfo=LA), eta_minutes=10, interview_format="video")
add("11 late confusion Saturday retail", **US, scenario="late", reason="confusion", company="Home Depot", role="Sales Associate", contact_name="Mike", interview_at=D(2026,12,5,10,0,tzinfo=NY), now=D(2026,12,5,9,55,tzinfo=NY), eta_minutes=30, location="Route 9 store", employer_hours="extended")
# 12-15 reschedule
add("12 reschedule conflict, 9pm found, two slots", **US, scenario="reschedule", reason="conflict", company="Brightline Insurance", role="Underwriting Assistant", contact_name="Mr. Patel", interview_at=D(2026,12,9,10,0,tzinfo=CHI), now=D(2026,12,7,21,0,tzinfo=CHI), proposed_slots=(D(2026,12,10,14,0,tzinfo=CHI),D(2026,12,11,10,0,tzinfo=CHI)), location="400 Wacker Dr")
add("13 reschedule illness, already moved once, later round", **US, scenario="reschedule", reason="illness", company="Lumen Analytics", role="Data Analyst", contact_name="Dr. Kim", interview_at=D(2026,12,8,13,0,tzinfo=NY), now=D(2026,12,8,7,0,tzinfo=NY), times_moved=1, interviews_so_far=2, proposed_slots=(D(2026,12,10,13,0,tzinfo=NY),))
add("14 reschedule agreed time (confirm)", **US, scenario="reschedule", reason="family_emergency", company="Meridian Health", role="Medical Receptionist", contact_name="Lisa Tran", interview_at=D(2026,12,8,10,0,tzinfo=NY), now=D(2026,12,7,12,30,tzinfo=NY), agreed_at=D(2026,12,14,10,0,tzinfo=NY), location="2 Clinic Way")
add("15 reschedule Thanksgiving eve, employer other zone", **US, scenario="reschedule", reason="other", company="Pinecrest Hotels", role="Night Auditor", contact_name="Ana Flores", interview_at=D(2026,11,27,18,0,tzinfo=LA), now=D(2026,11,25,17,0,tzinfo=NY), candidate_zone="America/New_York", proposed_slots=(D(2026,11,30,18,0,tzinfo=LA),D(2026,12,1,18,0,tzinfo=LA)), interview_format="phone", employer_hours="extended")
# 16-17 cancel
add("16 cancel accepted offer Saturday", **US, scenario="cancel", reason="accepted_offer", company="Walgreens", role="Pharmacy Tech", contact_name="Ms. Howard", interview_at=D(2026,12,8,9,0,tzinfo=NY), now=D(2026,12,5,11,0,tzinfo=NY), employer_hours="extended", location="Elm St")
add("17 cancel not interested 7am same day warm", **W(US, tone="warm"), scenario="cancel", reason="not_interested", company="Fresh Foods Co", role="Deli Clerk", contact_name="Tony", interview_at=D(2026,12,3,11,0,tzinfo=CHI), now=D(2026,12,3,7,0,tzinfo=CHI))
# 18-20 withdraw
add("18 withdraw accepted offer, later round 3", **US, scenario="withdraw", reason="accepted_offer", company="Lumen Analytics", role="Senior Data Analyst", contact_name="Dr. Kim", interview_at=D(2026,12,10,13,0,tzinfo=NY), now=D(2026,12,7,12,0,tzinfo=NY), interviews_so_far=3)
add("19 withdraw not interested, 9pm", **US, scenario="withdraw", reason="not_interested", company="Cobalt Software", role="QA Engineer", contact_name="Sam Rivera", interview_at=D(2026,12,11,15,0,tzinfo=LA), now=D(2026,12,7,21,0,tzinfo=LA), interview_format="video", interviews_so_far=1)
add("20 withdraw other", **US, scenario="withdraw", reason="other", company="Northwind Logistics", role="Shift Supervisor", contact_name="Karen Wu", interview_at=D(2026,12,9,9,0,tzinfo=NY), now=D(2026,12,7,12,40,tzinfo=NY))
# 21-30 en-GB
add("21 GB missed overslept today", **GB, scenario="missed", reason="overslept", company="Tesco", role="Customer Assistant", contact_name="Mrs Evans", interview_at=D(2026,12,2,9,0,tzinfo=LON), now=D(2026,12,2,10,30,tzinfo=LON), location="Tesco Extra, Leeds", employer_hours="extended")
add("22 GB missed traffic yesterday", **GB, scenario="missed", reason="traffic", company="Harrison & Cole Solicitors", role="Legal Secretary", contact_name="Mr Hughes", interview_at=D(2026,12,1,14,0,tzinfo=LON), now=D(2026,12,2,12,30,tzinfo=LON), location="14 King St, Manchester")
add("23 GB missed conflict, Christmas Eve", **GB, scenario="missed", reason="conflict", company="Barclays", role="Operations Analyst", contact_name="Ms Okafor", interview_at=D(2026,12,24,10,0,tzinfo=LON), now=D(2026,12,24,15,0,tzinfo=LON), interview_format="video", interviews_so_far=2)
add("24 GB late 25 min traffic", **GB, scenario="late", reason="traffic", company="Premier Inn", role="Receptionist", contact_name="Gemma", interview_at=D(2026,12,3,11,0,tzinfo=LON), now=D(2026,12,3,10,50,tzinfo=LON), eta_minutes=25, location="Premier Inn Bristol", employer_hours="extended")
add("25 GB late 75 min illness phone", **GB, scenario="late", reason="illness", company="Aviva", role="Claims Handler", contact_name="Mr Clarke", interview_at=D(2026,12,3,14,0,tzinfo=LON), now=D(2026,12,3,13,30,tzinfo=LON), eta_minutes=75, interview_format="phone")
add("26 GB reschedule conflict, slots over Christmas", **GB, scenario="reschedule", reason="conflict", company="John Lewis", role="Partner (Sales)", contact_name="Mrs Evans", interview_at=D(2026,12,29,10,0,tzinfo=LON), now=D(2026,12,23,21,0,tzinfo=LON), proposed_slots=(D(2026,12,30,10,0,tzinfo=LON),D(2027,1,4,14,0,tzinfo=LON)))
add("27 GB reschedule agreed, moved twice", **GB, scenario="reschedule", reason="illness", company="NHS Leeds", role="Admin Officer", contact_name="Dr Bennett", interview_at=D(2026,12,8,10,0,tzinfo=LON), now=D(2026,12,7,13,0,tzinfo=LON), agreed_at=D(2026,12,15,11,0,tzinfo=LON), times_moved=2)
add("28 GB cancel family emergency Saturday warm", **W(GB, tone="warm"), scenario="cancel", reason="family_emergency", company="Pret A Manger", role="Team Member", contact_name="Josh", interview_at=D(2026,12,7,8,0,tzinfo=LON), now=D(2026,12,5,19,0,tzinfo=LON), employer_hours="extended")
add("29 GB withdraw accepted offer late round, US employer", **GB, scenario="withdraw", reason="accepted_offer", company="Deloitte", role="Graduate Analyst", contact_name="Ms Carter", interview_at=D(2026,12,10,9,30,tzinfo=LON), now=D(2026,12,7,12,0,tzinfo=LON), interviews_so_far=2)
add("30 GB cancel conflict, employer NY, candidate London", **W(GB, country="US"), scenario="cancel", reason="conflict", company="Bloomberg", role="Data Intern", contact_name="Mr Reyes", interview_at=D(2026,12,9,9,0,tzinfo=NY), now=D(2026,12,7,16,0,tzinfo=LON), candidate_zone="Europe/London", interview_format="video")
import sys
only = sys.argv[1:] 
for i,(label,kw) in enumerate(S,1):
    if only and str(i) not in only: continue
    print("="*100); print("#",label); print({k:v for k,v in kw.items() if k not in US and k not in GB or k in ("language","country")})
    try:
        a=advise(Situation(**kw))
    except Exception as e:
        print("EXC",repr(e)); continue
    for p in a.problems: print("PROBLEM", p.severity, p.field, p.message)
    if not a.ready: continue
    print("-- PLAN")
    for st in a.plan: print(" *", st.action, "|", st.due, "|", st.channel, "\n    why:", st.why)
    for k in a.kinds:
        m=a.message(k)
        print(f"-- [{k}] words={m.word_count}" + (f" NOTE: {m.note}" if m.note else ""))
        if m.subject: print("Subject:", m.subject)
        print(m.body)
