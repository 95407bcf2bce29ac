//! The seeded world of docs/sandbox.md. These credentials are fake and
//! public: they exist only inside the sandbox.

use serde_json::{Value, json};

use super::tokens;
use super::world::{
    FlareWorld, JaAccount, JaUser, JaWorld, Rates, SfApp, SfOrg, SfUser, SfWorld, World,
};
use crate::error::Result;

pub const JOBADDER_CLIENT_ID: &str = "atslink-sandbox";
pub const JOBADDER_CLIENT_SECRET: &str = "sandbox-jobadder-secret";
pub const JOBADDER_REDIRECT_URIS: [&str; 2] = [
    "http://localhost:8976/callback",
    "http://127.0.0.1:8976/callback",
];
pub const JOBADDER_ACCOUNT: u64 = 48213;
pub const JOBADDER_ACCOUNT_NAME: &str = "Sandbox Recruitment";
pub const JOBADDER_INSTANCE: &str = "sandbox-au1";
pub const JOBADDER_ADMIN_EMAIL: &str = "admin@sandbox-recruitment.example";
pub const JOBADDER_ADMIN_PASSWORD: &str = "sandbox-admin";
pub const JOBADDER_ADMIN_USER_ID: u64 = 1001;
pub const JOBADDER_ADMIN2_EMAIL: &str = "ops@sandbox-recruitment.example";
pub const JOBADDER_ADMIN2_PASSWORD: &str = "sandbox-ops";
pub const JOBADDER_ADMIN2_USER_ID: u64 = 1003;
pub const JOBADDER_RECRUITER_EMAIL: &str = "recruiter@sandbox-recruitment.example";
pub const JOBADDER_RECRUITER_PASSWORD: &str = "sandbox-recruiter";
pub const JOBADDER_RECRUITER_USER_ID: u64 = 1002;
/// Not an administrator, but holds "Grant API access to Integration partners".
pub const JOBADDER_TEAM_LEAD_EMAIL: &str = "lead@sandbox-recruitment.example";
pub const JOBADDER_TEAM_LEAD_PASSWORD: &str = "sandbox-lead";
pub const JOBADDER_TEAM_LEAD_USER_ID: u64 = 1004;
pub const JOBADDER_OTHER_ACCOUNT: u64 = 51877;
pub const JOBADDER_OTHER_ACCOUNT_NAME: &str = "Other Agency";
pub const JOBADDER_OTHER_ADMIN_EMAIL: &str = "admin@other-agency.example";
pub const JOBADDER_OTHER_ADMIN_PASSWORD: &str = "other-admin";
pub const JOBADDER_OTHER_ADMIN_USER_ID: u64 = 2001;

pub const SALESFORCE_CLIENT_ID: &str = "sf-sandbox-app";
pub const SALESFORCE_CLIENT_SECRET: &str = "sandbox-salesforce-secret";
pub const SALESFORCE_REDIRECT_URI: &str = "http://localhost:1717/OauthRedirect";
pub const SALESFORCE_ORG_ID: &str = "00D000000000SBX";
pub const SALESFORCE_ADMIN_USERNAME: &str = "admin@sandbox-sf.example";
pub const SALESFORCE_ADMIN_PASSWORD: &str = "sandbox-admin";
pub const SALESFORCE_ADMIN_USER_ID: &str = "005000000000ADM";
pub const SALESFORCE_OTHER_ORG_ID: &str = "00D000000000OTH";
pub const SALESFORCE_OTHER_ADMIN_USERNAME: &str = "admin@other-sf.example";
pub const SALESFORCE_OTHER_ADMIN_PASSWORD: &str = "other-admin";
pub const SALESFORCE_OTHER_ADMIN_USER_ID: &str = "005000000000OAD";

pub const FLARE_API_KEY: &str = "flare-sandbox-key";
pub const FLARE_ACCOUNT_NAME: &str = "Sandbox Recruitment Pty Ltd";

/// The name of JobAdder's placement custom field holding the Flare cost
/// centre (with an en dash, as customers type it).
pub const FLARE_COST_CENTRE_FIELD: &str = "Flare \u{2013} Cost Centre";

/// The sandbox connected app's private key (PKCS#8 PEM), for JWT bearer.
pub const JWT_PRIVATE_KEY_PEM: &str = include_str!("jwt-key.pem");

/// A freshly seeded world.
pub fn world() -> Result<World> {
    Ok(World {
        id: tokens::random_hex(8)?,
        clock_offset: 0,
        next_id: 10_000,
        jobadder: JaWorld {
            client_id: JOBADDER_CLIENT_ID.into(),
            client_secret: JOBADDER_CLIENT_SECRET.into(),
            redirect_uris: JOBADDER_REDIRECT_URIS
                .iter()
                .map(|s| s.to_string())
                .collect(),
            accounts: vec![account1(), account2()],
        },
        salesforce: SfWorld {
            app: SfApp {
                client_id: SALESFORCE_CLIENT_ID.into(),
                client_secret: SALESFORCE_CLIENT_SECRET.into(),
                redirect_uris: vec![SALESFORCE_REDIRECT_URI.into()],
                rotation: false,
                idle_limit: None,
                device_flow: true,
                jwt_bearer: true,
            },
            orgs: vec![sf_org1(), sf_org2()],
        },
        flare: flare(),
        families: Vec::new(),
        tokens: Vec::new(),
        codes: Vec::new(),
        pending: Vec::new(),
        devices: Vec::new(),
        rates: Rates::default(),
    })
}

fn ja_user(
    id: u64,
    first: &str,
    last: &str,
    email: &str,
    pw: &str,
    pos: &str,
    admin: bool,
) -> JaUser {
    JaUser {
        user_id: id,
        first_name: first.into(),
        last_name: last.into(),
        email: email.into(),
        password: pw.into(),
        position: pos.into(),
        admin,
        grant_api_access: false,
        inactive: false,
        deleted: false,
        refresh_while_inactive: false,
    }
}

fn candidate(id: u64, first: &str, last: &str, email: &str, mobile: &str) -> Value {
    json!({
        "candidateId": id,
        "firstName": first,
        "lastName": last,
        "email": email,
        "mobile": mobile,
        "status": {"statusId": 1, "name": "Active", "active": true},
        "createdAt": "2026-01-12T09:30:00Z",
        "updatedAt": "2026-03-02T11:00:00Z"
    })
}

struct P<'a> {
    id: u64,
    cand: (u64, &'a str, &'a str, &'a str),
    title: &'a str,
    company: (u64, &'a str),
    site: (&'a str, &'a str, &'a str, &'a str),
    start: &'a str,
    created: &'a str,
    approved_at: Option<&'a str>,
    onboarding: bool,
    cost_centre: Option<&'a str>,
}

fn placement(p: P<'_>) -> Value {
    let (cid, first, last, email) = p.cand;
    let (site, street, city, state) = p.site;
    let custom: Vec<Value> = p
        .cost_centre
        .map(|c| {
            vec![json!({"fieldId": 7, "name": FLARE_COST_CENTRE_FIELD, "type": "Text", "value": c})]
        })
        .unwrap_or_default();
    json!({
        "placementId": p.id,
        "jobTitle": p.title,
        "candidate": {"candidateId": cid, "firstName": first, "lastName": last, "email": email},
        "company": {"companyId": p.company.0, "name": p.company.1, "status": "Active"},
        "status": {"statusId": 3, "name": if p.approved_at.is_some() { "Approved" } else { "Pending" }},
        "approved": p.approved_at.is_some(),
        "approvedAt": p.approved_at,
        "startDate": p.start,
        "workplaceAddress": {
            "addressId": format!("8d0c{:04}-5b1e-4c7a-9f3e-2a6b1c0d{:04}", p.id % 10_000, p.id % 10_000),
            "name": site, "street": [street], "city": city, "state": state,
            "postalCode": "2000", "country": "Australia", "countryCode": "AU"
        },
        "export": {"payroll": false, "timesheets": false, "onboarding": p.onboarding},
        "custom": custom,
        "createdAt": p.created,
        "updatedAt": p.created
    })
}

/// The main JobAdder account: its users, candidates, placements and
/// attachments, each set built by the step named after it.
fn account1() -> JaAccount {
    JaAccount {
        account: JOBADDER_ACCOUNT,
        name: JOBADDER_ACCOUNT_NAME.into(),
        instance: JOBADDER_INSTANCE.into(),
        users: account1_users(),
        candidates: account1_candidates().into(),
        placements: account1_placements().into(),
        partner_actions: Vec::new(),
        notes: Default::default(),
        webhooks: Vec::new(),
        webhook_queue: Vec::new(),
        attachments: account1_attachments(),
    }
}

fn account1_users() -> Vec<JaUser> {
    vec![
        ja_user(
            1001,
            "Avery",
            "Admin",
            JOBADDER_ADMIN_EMAIL,
            JOBADDER_ADMIN_PASSWORD,
            "Director",
            true,
        ),
        ja_user(
            1002,
            "Riley",
            "Recruiter",
            JOBADDER_RECRUITER_EMAIL,
            JOBADDER_RECRUITER_PASSWORD,
            "Senior Consultant",
            false,
        ),
        ja_user(
            1003,
            "Oakley",
            "Ops",
            JOBADDER_ADMIN2_EMAIL,
            JOBADDER_ADMIN2_PASSWORD,
            "Operations Manager",
            true,
        ),
        JaUser {
            grant_api_access: true,
            ..ja_user(
                JOBADDER_TEAM_LEAD_USER_ID,
                "Logan",
                "Lead",
                JOBADDER_TEAM_LEAD_EMAIL,
                JOBADDER_TEAM_LEAD_PASSWORD,
                "Team Lead",
                false,
            )
        },
    ]
}

fn account1_candidates() -> Vec<Value> {
    vec![
        candidate(
            30001,
            "Mia",
            "Nguyen",
            "mia.nguyen@example.com",
            "+61 400 100 001",
        ),
        candidate(
            30002,
            "Liam",
            "O'Brien",
            "liam.obrien@example.com",
            "+61 400 100 002",
        ),
        candidate(
            30003,
            "Zoë",
            "Fischer",
            "zoe.fischer@example.com",
            "+61 400 100 003",
        ),
        candidate(
            30004,
            "Noah",
            "Patel",
            "noah.patel@example.com",
            "+61 400 100 004",
        ),
        candidate(
            30005,
            "Ava",
            "Kowalski",
            "ava.kowalski@example.com",
            "+61 400 100 005",
        ),
        candidate(
            30006,
            "Ethan",
            "Smith",
            "ethan.smith@example.com",
            "+61 400 100 006",
        ),
        // A different person with the same name as 30004: a name search
        // for "Noah Patel" is ambiguous.
        candidate(
            30007,
            "Noah",
            "Patel",
            "noah.patel@example.org",
            "+61 400 100 007",
        ),
    ]
}

/// Each placement is one case `flare push` must handle (see its comment).
fn account1_placements() -> Vec<Value> {
    vec![
        // Matches a Flare location, legal entity and cost centre.
        placement(P {
            id: 40001,
            cand: (30001, "Mia", "Nguyen", "mia.nguyen@example.com"),
            title: "Warehouse Supervisor",
            company: (50001, "Harbour Logistics Pty Ltd"),
            site: ("Sydney Warehouse", "12 Wharf Road", "Sydney", "NSW"),
            start: "2026-04-01",
            created: "2026-03-10T02:00:00Z",
            approved_at: Some("2026-03-11T03:00:00Z"),
            onboarding: true,
            cost_centre: Some("CC-100"),
        }),
        // Company with no Flare legal entity.
        placement(P {
            id: 40002,
            cand: (30002, "Liam", "O'Brien", "liam.obrien@example.com"),
            title: "Forklift Operator",
            company: (50002, "Unmatched Freight Co"),
            site: ("Sydney Warehouse", "12 Wharf Road", "Sydney", "NSW"),
            start: "2026-04-08",
            created: "2026-03-12T02:00:00Z",
            approved_at: Some("2026-03-13T03:00:00Z"),
            onboarding: true,
            cost_centre: Some("CC-200"),
        }),
        // Workplace that matches no Flare location, and no cost centre field.
        placement(P {
            id: 40003,
            cand: (30003, "Zoë", "Fischer", "zoe.fischer@example.com"),
            title: "Payroll Officer",
            company: (50001, "Harbour Logistics Pty Ltd"),
            site: ("Darwin Depot", "3 Stuart Highway", "Darwin", "NT"),
            start: "2026-05-04",
            created: "2026-03-20T02:00:00Z",
            approved_at: Some("2026-03-21T03:00:00Z"),
            onboarding: true,
            cost_centre: None,
        }),
        // Matches everything; not approved yet.
        placement(P {
            id: 40004,
            cand: (30004, "Noah", "Patel", "noah.patel@example.com"),
            title: "Site Manager",
            company: (50003, "Southern Cross Construction"),
            site: ("Melbourne Office", "200 Collins Street", "Melbourne", "VIC"),
            start: "2026-05-11",
            created: "2026-03-25T02:00:00Z",
            approved_at: None,
            onboarding: true,
            cost_centre: Some("CC-300"),
        }),
        // Not selected for onboarding export.
        placement(P {
            id: 40005,
            cand: (30005, "Ava", "Kowalski", "ava.kowalski@example.com"),
            title: "Receptionist",
            company: (50003, "Southern Cross Construction"),
            site: ("Melbourne Office", "200 Collins Street", "Melbourne", "VIC"),
            start: "2026-06-01",
            created: "2026-04-02T02:00:00Z",
            approved_at: Some("2026-04-03T03:00:00Z"),
            onboarding: false,
            cost_centre: Some("CC-999"),
        }),
    ]
}

fn account1_attachments() -> Vec<Value> {
    vec![
        attachment(70001, 30001, "Resume", "Mia_Nguyen_CV.pdf"),
        attachment(70002, 30001, "CoverLetter", "Mia_Nguyen_cover_letter.docx"),
        // Markup in a file name: pages must show it, not run it.
        attachment(
            70003,
            30002,
            "Resume",
            "Liam O'Brien <b>CV</b> & notes.docx",
        ),
    ]
}

fn attachment(id: u64, candidate: u64, kind: &str, name: &str) -> Value {
    json!({
        "attachmentId": id,
        "candidateId": candidate,
        "type": kind,
        "category": "Candidate",
        "fileName": name,
        "fileType": name.rsplit('.').next().unwrap_or(""),
        "createdBy": {"userId": 1002},
        "createdAt": "2026-03-01T01:00:00Z",
        "updatedAt": "2026-03-01T01:00:00Z",
    })
}

fn account2() -> JaAccount {
    JaAccount {
        account: JOBADDER_OTHER_ACCOUNT,
        name: JOBADDER_OTHER_ACCOUNT_NAME.into(),
        instance: "sandbox-au2".into(),
        users: vec![ja_user(
            JOBADDER_OTHER_ADMIN_USER_ID,
            "Olive",
            "Other",
            JOBADDER_OTHER_ADMIN_EMAIL,
            JOBADDER_OTHER_ADMIN_PASSWORD,
            "Owner",
            true,
        )],
        candidates: vec![candidate(
            60001,
            "Jack",
            "Brown",
            "jack.brown@example.com",
            "+61 400 200 001",
        )]
        .into(),
        placements: Default::default(),
        partner_actions: Vec::new(),
        notes: Default::default(),
        attachments: Vec::new(),
        webhooks: Vec::new(),
        webhook_queue: Vec::new(),
    }
}

fn sf_user(id: &str, username: &str, pw: &str, first: &str, last: &str) -> SfUser {
    SfUser {
        id: id.into(),
        username: username.into(),
        email: username.into(),
        password: pw.into(),
        first_name: first.into(),
        last_name: last.into(),
        active: true,
        deleted: false,
    }
}

fn sf_org1() -> SfOrg {
    let contact = |id: &str, first: &str, last: &str, email: &str| json!({"Id": id, "FirstName": first, "LastName": last, "Name": format!("{first} {last}"), "Email": email, "Phone": "+61 2 9000 0000"});
    let file = |linked: &str, doc: &str, title: &str, ext: &str, version: &str| {
        json!({
            "Id": format!("06A{}", &doc[3..]), "LinkedEntityId": linked, "ContentDocumentId": doc,
            "ContentDocument": {"Title": title, "FileExtension": ext, "LatestPublishedVersionId": version}
        })
    };
    SfOrg {
        instance: None,
        org_id: SALESFORCE_ORG_ID.into(),
        name: "Sandbox SF Recruitment".into(),
        users: vec![
            sf_user(
                SALESFORCE_ADMIN_USER_ID,
                SALESFORCE_ADMIN_USERNAME,
                SALESFORCE_ADMIN_PASSWORD,
                "Sam",
                "Admin",
            ),
            sf_user(
                "005000000000USR",
                "user@sandbox-sf.example",
                "sandbox-user",
                "Uma",
                "User",
            ),
        ],
        contacts: vec![
            contact(
                "003000000000C01",
                "Grace",
                "Hopper",
                "grace.hopper@example.com",
            ),
            contact(
                "003000000000C02",
                "Alan",
                "Turing",
                "alan.turing@example.com",
            ),
            contact(
                "003000000000C03",
                "Ada",
                "Lovelace",
                "ada.lovelace@example.com",
            ),
        ],
        files: vec![
            file(
                "003000000000C01",
                "069000000000D01",
                "Grace Hopper CV",
                "pdf",
                "068000000000V01",
            ),
            file(
                "003000000000C01",
                "069000000000D02",
                "Grace Hopper cover letter",
                "docx",
                "068000000000V02",
            ),
            file(
                "003000000000C02",
                "069000000000D03",
                "Alan Turing CV",
                "pdf",
                "068000000000V03",
            ),
        ],
    }
}

fn sf_org2() -> SfOrg {
    SfOrg {
        instance: None,
        org_id: SALESFORCE_OTHER_ORG_ID.into(),
        name: "Other SF Org".into(),
        users: vec![sf_user(
            SALESFORCE_OTHER_ADMIN_USER_ID,
            SALESFORCE_OTHER_ADMIN_USERNAME,
            SALESFORCE_OTHER_ADMIN_PASSWORD,
            "Otto",
            "Other",
        )],
        contacts: Vec::new(),
        files: Vec::new(),
    }
}

fn flare() -> FlareWorld {
    FlareWorld {
        api_key_hash: super::tokens::hash(FLARE_API_KEY),
        account: json!({
            "accountId": "fl-acc-0001",
            "name": FLARE_ACCOUNT_NAME,
            "defaults": {"locationId": "loc-syd", "legalEntityId": "le-harbour", "brandId": "br-main"}
        }),
        locations: vec![
            // Every legal entity belongs to the default location, as the
            // FAQ asks; `sandbox flare location` misconfigures it.
            json!({"locationId": "loc-syd", "name": "Sydney Warehouse", "legalEntityIds": ["le-harbour", "le-southern"]}),
            json!({"locationId": "loc-mel", "name": "Melbourne Office", "legalEntityIds": ["le-southern"]}),
            json!({"locationId": "loc-bne", "name": "Brisbane Yard", "legalEntityIds": []}),
        ],
        legal_entities: vec![
            json!({"legalEntityId": "le-harbour", "name": "Harbour Logistics Pty Ltd", "brandId": "br-main"}),
            json!({"legalEntityId": "le-southern", "name": "Southern Cross Construction", "brandId": null}),
        ],
        brands: vec![
            json!({"brandId": "br-main", "name": "Sandbox Recruitment"}),
            json!({"brandId": "br-trades", "name": "Sandbox Trades"}),
        ],
        cost_centres: vec![
            json!({"costCentreId": "cc-100", "code": "CC-100", "name": "Warehousing"}),
            json!({"costCentreId": "cc-200", "code": "CC-200", "name": "Transport"}),
            json!({"costCentreId": "cc-300", "code": "CC-300", "name": "Construction"}),
        ],
        pay_groups: vec![
            json!({"payGroupId": "pg-jobadder", "name": "JobAdder", "legalEntityIds": ["le-harbour", "le-southern"]}),
            json!({"payGroupId": "pg-contractor", "name": "Contractor", "legalEntityIds": ["le-harbour"]}),
        ],
        people: vec![json!({
            "personId": "fp-0001",
            "firstName": "Ethan", "lastName": "Smith", "email": "ethan.smith@example.com",
            "status": "candidate", "locationId": "loc-syd", "legalEntityId": "le-harbour", "brandId": "br-main",
            "source": {"system": "jobadder", "candidateId": 30006}
        })]
        .into(),
    }
}
