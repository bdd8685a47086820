Sun Mar 10 08:00:00 2024 Info: Begin Logfile
Sun Mar 10 08:00:00 2024 Info: Version: 15.0.1-030 SN: 4229ABCDEF0123456789-0A1B2C3D4E5F
Sun Mar 10 08:00:00 2024 Info: Time offset from UTC: -18000 seconds
Sun Mar 10 08:00:01 2024 Info: ICID 100000 close
Sun Mar 10 08:00:01 2024 Info: New SMTP ICID 100002 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host unknown verified no
Sun Mar 10 08:00:01 2024 Info: ICID 100002 REJECT SG BLOCKLIST match sbrs[-10.0:-3.0] SBRS -7.2 country Nowhere
Sun Mar 10 08:00:01 2024 Info: ICID 100002 close
Sun Mar 10 08:00:01 2024 Info: New SMTP ICID 100003 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:01 2024 Info: ICID 100003 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:01 2024 Info: ICID 100003 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:01 2024 Info: New SMTP ICID 100004 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:01 2024 Info: ICID 100004 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:01 2024 Info: ICID 100004 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:01 2024 Info: Start MID 500002 ICID 100001
Sun Mar 10 08:00:01 2024 Info: MID 500002 ICID 100001 From: <judy@outlook.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 ICID 100001 RID 0 To: <frank0@gmail.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 ICID 100001 RID 1 To: <alice1@gmail.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 Message-ID '<500002.103987429622@outlook.example>'
Sun Mar 10 08:00:01 2024 Info: MID 500002 Subject 'Meeting notes'
Sun Mar 10 08:00:01 2024 Info: MID 500002 ready 247184 bytes from <judy@outlook.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:01 2024 Info: MID 500002 antivirus negative
Sun Mar 10 08:00:01 2024 Info: MID 500002 queued for delivery
Sun Mar 10 08:00:02 2024 Info: New SMTP ICID 100005 interface Data 1 (10.0.0.25) address 203.0.113.16 reverse dns host bulk.newsletter.example verified yes
Sun Mar 10 08:00:02 2024 Info: ICID 100005 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:02 2024 Info: New SMTP DCID 20000 interface 10.0.0.26 address 198.51.100.70 port 25
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20000 MID 500000 to RID [0]
Sun Mar 10 08:00:02 2024 Info: Message done DCID 20000 MID 500000 to RID [0]
Sun Mar 10 08:00:02 2024 Info: MID 500000 RID [0] Response '2.0.0 Ok: queued as C4F4480E'
Sun Mar 10 08:00:02 2024 Info: Message finished MID 500000 done
Sun Mar 10 08:00:02 2024 Info: ICID 100001 close
Sun Mar 10 08:00:02 2024 Info: Start MID 500003 ICID 100004
Sun Mar 10 08:00:02 2024 Info: MID 500003 ICID 100004 From: <heidi@gmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500003 ICID 100004 RID 0 To: <grace0@outlook.example>
Sun Mar 10 08:00:02 2024 Info: MID 500003 Message-ID '<500003.555101152696@gmail.example>'
Sun Mar 10 08:00:02 2024 Info: MID 500003 Subject 'Meeting notes'
Sun Mar 10 08:00:02 2024 Info: MID 500003 ready 395069 bytes from <heidi@gmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500003 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:02 2024 Info: MID 500003 antivirus negative
Sun Mar 10 08:00:02 2024 Info: MID 500003 queued for delivery
Sun Mar 10 08:00:02 2024 Info: DCID 20001 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:02 2024 Info: New SMTP DCID 20001 interface 10.0.0.26 address 198.51.100.20 port 25
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20001 MID 500001 to RID [1]
Sun Mar 10 08:00:02 2024 Info: Message done DCID 20001 MID 500001 to RID [1]
Sun Mar 10 08:00:02 2024 Info: MID 500001 RID [1] Response '2.0.0 Ok: queued as F30963E5'
Sun Mar 10 08:00:02 2024 Info: ICID 100004 close
Sun Mar 10 08:00:02 2024 Info: New SMTP DCID 20002 interface 10.0.0.26 address 198.51.100.10 port 25
Sun Mar 10 08:00:02 2024 Info: DCID 20002 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.partner-bank.example
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20002 MID 500001 to RID [0]
Sun Mar 10 08:00:02 2024 Info: Message done DCID 20002 MID 500001 to RID [0]
Sun Mar 10 08:00:02 2024 Info: MID 500001 RID [0] Response '2.0.0 Ok: queued as F4BB044'
Sun Mar 10 08:00:02 2024 Info: Message finished MID 500001 done
Sun Mar 10 08:00:02 2024 Info: New SMTP ICID 100006 interface Data 1 (10.0.0.25) address 203.0.113.16 reverse dns host bulk.newsletter.example verified yes
Sun Mar 10 08:00:02 2024 Info: ICID 100006 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20001 MID 500002 to RID [0, 1]
Sun Mar 10 08:00:02 2024 Info: Message done DCID 20001 MID 500002 to RID [0, 1]
Sun Mar 10 08:00:02 2024 Info: MID 500002 RID [0, 1] Response '2.0.0 Ok: queued as C166CBC6'
Sun Mar 10 08:00:02 2024 Info: Message finished MID 500002 done
Sun Mar 10 08:00:02 2024 Info: Start MID 500004 ICID 100005
Sun Mar 10 08:00:02 2024 Info: MID 500004 ICID 100005 From: <bob@newsletter.example>
Sun Mar 10 08:00:02 2024 Info: MID 500004 ICID 100005 RID 0 To: <carol0@partner-bank.example>
Sun Mar 10 08:00:02 2024 Info: MID 500004 Message-ID '<500004.562941761990@newsletter.example>'
Sun Mar 10 08:00:02 2024 Info: MID 500004 Subject 'Newsletter March'
Sun Mar 10 08:00:02 2024 Info: MID 500004 ready 152101 bytes from <bob@newsletter.example>
Sun Mar 10 08:00:02 2024 Info: MID 500004 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:02 2024 Info: MID 500004 antivirus negative
Sun Mar 10 08:00:02 2024 Info: MID 500004 queued for delivery
Sun Mar 10 08:00:03 2024 Info: Start MID 500005 ICID 100003
Sun Mar 10 08:00:03 2024 Info: MID 500005 ICID 100003 From: <dave@outlook.example>
Sun Mar 10 08:00:03 2024 Info: MID 500005 ICID 100003 RID 0 To: <ivan0@gmail.example>
Sun Mar 10 08:00:03 2024 Info: MID 500005 Message-ID '<500005.366408827467@outlook.example>'
Sun Mar 10 08:00:03 2024 Info: MID 500005 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:03 2024 Info: MID 500005 ready 84383 bytes from <dave@outlook.example>
Sun Mar 10 08:00:03 2024 Info: MID 500005 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:03 2024 Info: MID 500005 antivirus negative
Sun Mar 10 08:00:03 2024 Info: MID 500005 queued for delivery
Sun Mar 10 08:00:03 2024 Info: New SMTP ICID 100007 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:03 2024 Info: ICID 100007 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:03 2024 Info: ICID 100007 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:03 2024 Info: Start MID 500006 ICID 100005
Sun Mar 10 08:00:03 2024 Info: MID 500006 ICID 100005 From: <carol@newsletter.example>
Sun Mar 10 08:00:03 2024 Info: MID 500006 ICID 100005 RID 0 To: <judy0@plainmail.example>
Sun Mar 10 08:00:03 2024 Info: MID 500006 ICID 100005 RID 1 To: <dave1@university.example>
Sun Mar 10 08:00:03 2024 Info: MID 500006 ICID 100005 RID 2 To: <bob2@plainmail.example>
Sun Mar 10 08:00:03 2024 Info: MID 500006 Message-ID '<500006.267601024412@newsletter.example>'
Sun Mar 10 08:00:03 2024 Info: MID 500006 Subject 'Your order has shipped'
Sun Mar 10 08:00:03 2024 Info: MID 500006 ready 118842 bytes from <carol@newsletter.example>
Sun Mar 10 08:00:03 2024 Info: MID 500006 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:03 2024 Info: MID 500006 antivirus negative
Sun Mar 10 08:00:03 2024 Info: MID 500006 queued for delivery
Sun Mar 10 08:00:03 2024 Info: New SMTP DCID 20003 interface 10.0.0.26 address 198.51.100.30 port 25
Sun Mar 10 08:00:03 2024 Info: DCID 20003 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384
Sun Mar 10 08:00:03 2024 Info: Delivery start DCID 20003 MID 500003 to RID [0]
Sun Mar 10 08:00:03 2024 Info: Message done DCID 20003 MID 500003 to RID [0]
Sun Mar 10 08:00:03 2024 Info: MID 500003 RID [0] Response '2.0.0 Ok: queued as D555CAA7'
Sun Mar 10 08:00:03 2024 Info: Message finished MID 500003 done
Sun Mar 10 08:00:03 2024 Info: New SMTP ICID 100008 interface Data 1 (10.0.0.25) address 203.0.113.18 reverse dns host unknown verified no
Sun Mar 10 08:00:03 2024 Info: ICID 100008 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:03 2024 Info: ICID 100008 TLS failed
Sun Mar 10 08:00:03 2024 Info: Delivery start DCID 20001 MID 500005 to RID [0]
Sun Mar 10 08:00:03 2024 Info: Message done DCID 20001 MID 500005 to RID [0]
Sun Mar 10 08:00:03 2024 Info: MID 500005 RID [0] Response '2.0.0 Ok: queued as BBA6DED3'
Sun Mar 10 08:00:03 2024 Info: Message finished MID 500005 done
Sun Mar 10 08:00:03 2024 Info: Start MID 500007 ICID 100005
Sun Mar 10 08:00:03 2024 Info: MID 500007 ICID 100005 From: <carol@newsletter.example>
Sun Mar 10 08:00:03 2024 Info: MID 500007 ICID 100005 RID 0 To: <heidi0@gmail.example>
Sun Mar 10 08:00:03 2024 Info: MID 500007 ICID 100005 RID 1 To: <carol1@outlook.example>
Sun Mar 10 08:00:03 2024 Info: MID 500007 Message-ID '<500007.774775702711@newsletter.example>'
Sun Mar 10 08:00:03 2024 Info: MID 500007 Subject 'Your order has shipped'
Sun Mar 10 08:00:03 2024 Info: MID 500007 ready 395849 bytes from <carol@newsletter.example>
Sun Mar 10 08:00:03 2024 Info: MID 500007 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:03 2024 Info: MID 500007 antivirus negative
Sun Mar 10 08:00:03 2024 Info: MID 500007 queued for delivery
Sun Mar 10 08:00:03 2024 Info: Start MID 500009 ICID 100008
Sun Mar 10 08:00:03 2024 Info: MID 500009 ICID 100008 From: <dave@resetter.example>
Sun Mar 10 08:00:03 2024 Info: MID 500009 ICID 100008 RID 0 To: <alice0@outlook.example>
Sun Mar 10 08:00:03 2024 Info: MID 500009 ICID 100008 RID 1 To: <grace1@outlook.example>
Sun Mar 10 08:00:03 2024 Info: MID 500009 ICID 100008 RID 2 To: <dave2@gmail.example>
Sun Mar 10 08:00:03 2024 Info: MID 500009 Message-ID '<500009.334671984776@resetter.example>'
Sun Mar 10 08:00:03 2024 Info: MID 500009 Subject 'Meeting notes'
Sun Mar 10 08:00:03 2024 Info: MID 500009 ready 45113 bytes from <dave@resetter.example>
Sun Mar 10 08:00:03 2024 Info: MID 500009 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:03 2024 Info: MID 500009 antivirus negative
Sun Mar 10 08:00:03 2024 Info: MID 500009 queued for delivery
Sun Mar 10 08:00:04 2024 Info: New SMTP ICID 100009 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:04 2024 Info: ICID 100009 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:04 2024 Info: ICID 100009 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:04 2024 Info: ICID 100005 close
Sun Mar 10 08:00:04 2024 Info: Start MID 500010 ICID 100006
Sun Mar 10 08:00:04 2024 Info: MID 500010 ICID 100006 From: <dave@newsletter.example>
Sun Mar 10 08:00:04 2024 Info: MID 500010 ICID 100006 RID 0 To: <frank0@partner-bank.example>
Sun Mar 10 08:00:04 2024 Info: MID 500010 ICID 100006 RID 1 To: <erin1@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500010 ICID 100006 RID 2 To: <alice2@university.example>
Sun Mar 10 08:00:04 2024 Info: MID 500010 Message-ID '<500010.805230705756@newsletter.example>'
Sun Mar 10 08:00:04 2024 Info: MID 500010 Subject 'Your order has shipped'
Sun Mar 10 08:00:04 2024 Info: MID 500010 ready 359700 bytes from <dave@newsletter.example>
Sun Mar 10 08:00:04 2024 Info: MID 500010 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:04 2024 Info: MID 500010 antivirus negative
Sun Mar 10 08:00:04 2024 Info: MID 500010 queued for delivery
Sun Mar 10 08:00:04 2024 Info: Start MID 500011 ICID 100007
Sun Mar 10 08:00:04 2024 Info: MID 500011 ICID 100007 From: <judy@partner-bank.example>
Sun Mar 10 08:00:04 2024 Info: MID 500011 ICID 100007 RID 0 To: <heidi0@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500011 Message-ID '<500011.321528115703@partner-bank.example>'
Sun Mar 10 08:00:04 2024 Info: MID 500011 Subject 'Quarterly report'
Sun Mar 10 08:00:04 2024 Info: MID 500011 ready 56528 bytes from <judy@partner-bank.example>
Sun Mar 10 08:00:04 2024 Info: MID 500011 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:04 2024 Info: MID 500011 antivirus negative
Sun Mar 10 08:00:04 2024 Info: MID 500011 queued for delivery
Sun Mar 10 08:00:04 2024 Info: Start MID 500012 ICID 100003
Sun Mar 10 08:00:04 2024 Info: MID 500012 ICID 100003 From: <heidi@outlook.example>
Sun Mar 10 08:00:04 2024 Info: MID 500012 ICID 100003 RID 0 To: <frank0@legacy-law.example>
Sun Mar 10 08:00:04 2024 Info: MID 500012 ICID 100003 RID 1 To: <alice1@outlook.example>
Sun Mar 10 08:00:04 2024 Info: MID 500012 Message-ID '<500012.853213660620@outlook.example>'
Sun Mar 10 08:00:04 2024 Info: MID 500012 Subject 'Your order has shipped'
Sun Mar 10 08:00:04 2024 Info: MID 500012 ready 83680 bytes from <heidi@outlook.example>
Sun Mar 10 08:00:04 2024 Info: MID 500012 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:04 2024 Info: MID 500012 antivirus negative
Sun Mar 10 08:00:04 2024 Info: MID 500012 queued for delivery
Sun Mar 10 08:00:04 2024 Info: New SMTP ICID 100010 interface Data 1 (10.0.0.25) address 203.0.113.19 reverse dns host mta.strictpartner.example verified yes
Sun Mar 10 08:00:04 2024 Info: ICID 100010 ACCEPT SG PARTNERS_TLS match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:04 2024 Info: ICID 100010 TLS failed
Sun Mar 10 08:00:04 2024 Info: ICID 100010 lost
Sun Mar 10 08:00:04 2024 Info: ICID 100010 TLS was required but remote host did not initiate it
Sun Mar 10 08:00:04 2024 Info: ICID 100010 close
Sun Mar 10 08:00:04 2024 Info: ICID 100003 close
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20002 MID 500004 to RID [0]
Sun Mar 10 08:00:04 2024 Info: Message done DCID 20002 MID 500004 to RID [0]
Sun Mar 10 08:00:04 2024 Info: MID 500004 RID [0] Response '2.0.0 Ok: queued as F28F1FAE'
Sun Mar 10 08:00:04 2024 Info: Message finished MID 500004 done
Sun Mar 10 08:00:04 2024 Info: New SMTP DCID 20004 interface 10.0.0.26 address 198.51.100.90 port 25
Sun Mar 10 08:00:04 2024 Info: DCID 20004 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256 CN=smtp.university.example
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20004 MID 500010 to RID [2]
Sun Mar 10 08:00:04 2024 Info: Message done DCID 20004 MID 500010 to RID [2]
Sun Mar 10 08:00:04 2024 Info: MID 500010 RID [2] Response '2.0.0 Ok: queued as E5D14EFE'
Sun Mar 10 08:00:04 2024 Info: Start MID 500013 ICID 100009
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 From: <judy@partner-bank.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 RID 0 To: <dave0@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 RID 1 To: <alice1@partner-bank.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 RID 2 To: <grace2@outlook.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 RID 3 To: <judy3@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 RID 4 To: <erin4@oldcorp.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 RID 5 To: <ivan5@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 RID 6 To: <erin6@nxdomain.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100009 RID 7 To: <dave7@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 Message-ID '<500013.760023887493@partner-bank.example>'
Sun Mar 10 08:00:04 2024 Info: MID 500013 Subject 'Quarterly report'
Sun Mar 10 08:00:04 2024 Info: MID 500013 ready 235984 bytes from <judy@partner-bank.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:04 2024 Info: MID 500013 antivirus negative
Sun Mar 10 08:00:04 2024 Info: MID 500013 queued for delivery
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20003 MID 500008 to RID [1]
Sun Mar 10 08:00:04 2024 Info: MID 500007 rewritten to MID 500008 by antispam (alt-rcpt-to) filter 'unknown'
Sun Mar 10 08:00:04 2024 Info: Message finished MID 500007 done
Sun Mar 10 08:00:04 2024 Info: Delayed: DCID 20003 MID 500008 to RID 1 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:04 2024 Info: MID 500008 to RID [1] pending till Sun Mar 10 08:04:32 2024
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20004 MID 500006 to RID [1]
Sun Mar 10 08:00:04 2024 Info: Message done DCID 20004 MID 500006 to RID [1]
Sun Mar 10 08:00:04 2024 Info: MID 500006 RID [1] Response '2.0.0 Ok: queued as E700C37E'
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20001 MID 500010 to RID [1]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20001 MID 500010 to RID [1]
Sun Mar 10 08:00:05 2024 Info: MID 500010 RID [1] Response '2.0.0 Ok: queued as AEF44B82'
Sun Mar 10 08:00:05 2024 Info: New SMTP ICID 100011 interface Data 1 (10.0.0.25) address 203.0.113.16 reverse dns host bulk.newsletter.example verified yes
Sun Mar 10 08:00:05 2024 Info: ICID 100011 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20001 MID 500009 to RID [2]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20001 MID 500009 to RID [2]
Sun Mar 10 08:00:05 2024 Info: MID 500009 RID [2] Response '2.0.0 Ok: queued as D6E61A0D'
Sun Mar 10 08:00:05 2024 Info: Bounced: DCID 0 MID 500013 to RID 6 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:05 2024 Info: MID 500014 generated for bounce of MID 500013
Sun Mar 10 08:00:05 2024 Info: Start MID 500014 ICID 0
Sun Mar 10 08:00:05 2024 Info: MID 500014 ICID 0 From: <>
Sun Mar 10 08:00:05 2024 Info: MID 500014 ICID 0 RID 0 To: <judy@partner-bank.example>
Sun Mar 10 08:00:05 2024 Info: MID 500014 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:05 2024 Info: MID 500014 ready 5195 bytes from <>
Sun Mar 10 08:00:05 2024 Info: MID 500014 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20001 MID 500011 to RID [0]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20001 MID 500011 to RID [0]
Sun Mar 10 08:00:05 2024 Info: MID 500011 RID [0] Response '2.0.0 Ok: queued as 468DA7EA'
Sun Mar 10 08:00:05 2024 Info: Message finished MID 500011 done
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20000 MID 500006 to RID [0, 2]
Sun Mar 10 08:00:05 2024 Info: Bounced: DCID 20000 MID 500006 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:05 2024 Info: MID 500015 generated for bounce of MID 500006
Sun Mar 10 08:00:05 2024 Info: Start MID 500015 ICID 0
Sun Mar 10 08:00:05 2024 Info: MID 500015 ICID 0 From: <>
Sun Mar 10 08:00:05 2024 Info: MID 500015 ICID 0 RID 0 To: <carol@newsletter.example>
Sun Mar 10 08:00:05 2024 Info: MID 500015 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:05 2024 Info: MID 500015 ready 7414 bytes from <>
Sun Mar 10 08:00:05 2024 Info: MID 500015 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20000 MID 500006 to RID [2]
Sun Mar 10 08:00:05 2024 Info: MID 500006 RID [2] Response '2.0.0 Ok: queued as C70B69D5'
Sun Mar 10 08:00:05 2024 Info: Message finished MID 500006 done
Sun Mar 10 08:00:05 2024 Info: Start MID 500016 ICID 100011
Sun Mar 10 08:00:05 2024 Info: MID 500016 ICID 100011 From: <heidi@newsletter.example>
Sun Mar 10 08:00:05 2024 Info: MID 500016 ICID 100011 RID 0 To: <alice0@plainmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500016 ICID 100011 RID 1 To: <carol1@plainmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500016 Message-ID '<500016.652186571011@newsletter.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500016 Subject 'Your order has shipped'
Sun Mar 10 08:00:05 2024 Info: MID 500016 ready 85011 bytes from <heidi@newsletter.example>
Sun Mar 10 08:00:05 2024 Info: MID 500016 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500016 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500016 queued for delivery
Sun Mar 10 08:00:05 2024 Info: New SMTP DCID 20005 interface 10.0.0.26 address 198.51.100.40 port 25
Sun Mar 10 08:00:05 2024 Info: DCID 20005 TLS success protocol TLSv1 cipher AES128-SHA CN=mail.oldcorp.example
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20005 MID 500013 to RID [4]
Sun Mar 10 08:00:05 2024 Info: Bounced: DCID 20005 MID 500013 to RID 4 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:05 2024 Info: MID 500017 generated for bounce of MID 500013
Sun Mar 10 08:00:05 2024 Info: Start MID 500017 ICID 0
Sun Mar 10 08:00:05 2024 Info: MID 500017 ICID 0 From: <>
Sun Mar 10 08:00:05 2024 Info: MID 500017 ICID 0 RID 0 To: <judy@partner-bank.example>
Sun Mar 10 08:00:05 2024 Info: MID 500017 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:05 2024 Info: MID 500017 ready 7453 bytes from <>
Sun Mar 10 08:00:05 2024 Info: MID 500017 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20003 MID 500012 to RID [1]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20003 MID 500012 to RID [1]
Sun Mar 10 08:00:05 2024 Info: MID 500012 RID [1] Response '2.0.0 Ok: queued as 9FD25D30'
Sun Mar 10 08:00:05 2024 Info: Start MID 500018 ICID 100006
Sun Mar 10 08:00:05 2024 Info: MID 500018 ICID 100006 From: <heidi@newsletter.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 ICID 100006 RID 0 To: <alice0@university.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 ICID 100006 RID 1 To: <grace1@brokenstarttls.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 ICID 100006 RID 2 To: <frank2@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 Message-ID '<500018.271093972769@newsletter.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500018 Subject 'Your order has shipped'
Sun Mar 10 08:00:05 2024 Info: MID 500018 ready 350392 bytes from <heidi@newsletter.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500018 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500018 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20002 MID 500013 to RID [1]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20002 MID 500013 to RID [1]
Sun Mar 10 08:00:05 2024 Info: MID 500013 RID [1] Response '2.0.0 Ok: queued as 668856CD'
Sun Mar 10 08:00:05 2024 Info: New SMTP ICID 100012 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:05 2024 Info: ICID 100012 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:05 2024 Info: ICID 100012 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20001 MID 500008 to RID [0]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20001 MID 500008 to RID [0]
Sun Mar 10 08:00:05 2024 Info: MID 500008 RID [0] Response '2.0.0 Ok: queued as EF82032'
Sun Mar 10 08:00:05 2024 Info: New SMTP ICID 100013 interface Data 1 (10.0.0.25) address 203.0.113.17 reverse dns host smtp.flaky.example verified yes
Sun Mar 10 08:00:05 2024 Info: ICID 100013 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:05 2024 Info: ICID 100013 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20003 MID 500009 to RID [0, 1]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20003 MID 500009 to RID [0, 1]
Sun Mar 10 08:00:06 2024 Info: MID 500009 RID [0, 1] Response '2.0.0 Ok: queued as DEE18C13'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500009 done
Sun Mar 10 08:00:06 2024 Info: New SMTP ICID 100014 interface Data 1 (10.0.0.25) address 203.0.113.18 reverse dns host unknown verified no
Sun Mar 10 08:00:06 2024 Info: ICID 100014 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:06 2024 Info: ICID 100014 TLS failed: [Errno 54] Connection reset by peer
Sun Mar 10 08:00:06 2024 Info: New SMTP ICID 100015 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:06 2024 Info: ICID 100015 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:06 2024 Info: ICID 100015 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20002 MID 500014 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20002 MID 500014 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500014 RID [0] Response '2.0.0 Ok: queued as 63EE344D'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500014 done
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20000 MID 500015 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20000 MID 500015 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500015 RID [0] Response '2.0.0 Ok: queued as 6072D207'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500015 done
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20003 MID 500013 to RID [2]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20003 MID 500013 to RID [2]
Sun Mar 10 08:00:06 2024 Info: MID 500013 RID [2] Response '2.0.0 Ok: queued as 7A0D55E7'
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20002 MID 500010 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20002 MID 500010 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500010 RID [0] Response '2.0.0 Ok: queued as A944D1E2'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500010 done
Sun Mar 10 08:00:06 2024 Info: New SMTP DCID 20006 interface 10.0.0.26 address 198.51.100.50 port 25
Sun Mar 10 08:00:06 2024 Info: DCID 20006 TLS success protocol TLSv1.1 cipher DES-CBC3-SHA
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20006 MID 500012 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20006 MID 500012 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500012 RID [0] Response '2.0.0 Ok: queued as D30542CE'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500012 done
Sun Mar 10 08:00:06 2024 Info: Start MID 500019 ICID 100008
Sun Mar 10 08:00:06 2024 Info: MID 500019 ICID 100008 From: <heidi@resetter.example>
Sun Mar 10 08:00:06 2024 Info: MID 500019 ICID 100008 RID 0 To: <erin0@outlook.example>
Sun Mar 10 08:00:06 2024 Info: MID 500019 ICID 100008 RID 1 To: <grace1@partner-bank.example>
Sun Mar 10 08:00:06 2024 Info: MID 500019 Message-ID '<500019.584020767325@resetter.example>'
Sun Mar 10 08:00:06 2024 Info: MID 500019 Subject 'Meeting notes'
Sun Mar 10 08:00:06 2024 Info: MID 500019 ready 54790 bytes from <heidi@resetter.example>
Sun Mar 10 08:00:06 2024 Info: MID 500019 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:06 2024 Info: MID 500019 antivirus negative
Sun Mar 10 08:00:06 2024 Info: MID 500019 queued for delivery
Sun Mar 10 08:00:06 2024 Info: New SMTP ICID 100016 interface Data 1 (10.0.0.25) address 203.0.113.17 reverse dns host smtp.flaky.example verified yes
Sun Mar 10 08:00:06 2024 Info: ICID 100016 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:06 2024 Info: ICID 100016 TLS failed
Sun Mar 10 08:00:06 2024 Info: New SMTP ICID 100017 interface Data 1 (10.0.0.25) address 203.0.113.18 reverse dns host unknown verified no
Sun Mar 10 08:00:06 2024 Info: ICID 100017 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:06 2024 Info: ICID 100017 TLS failed: [Errno 54] Connection reset by peer
Sun Mar 10 08:00:06 2024 Info: New SMTP DCID 20007 interface 10.0.0.26 address 198.51.100.60 port 25
Sun Mar 10 08:00:06 2024 Info: DCID 20007 TLS failed: STARTTLS unexpected response
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20007 MID 500018 to RID [1]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20007 MID 500018 to RID [1]
Sun Mar 10 08:00:06 2024 Info: MID 500018 RID [1] Response '2.0.0 Ok: queued as 49CB6AE8'
Sun Mar 10 08:00:06 2024 Info: ICID 100008 close
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20001 MID 500013 to RID [0, 3, 5, 7]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20001 MID 500013 to RID [0, 3, 5, 7]
Sun Mar 10 08:00:06 2024 Info: MID 500013 RID [0, 3, 5, 7] Response '2.0.0 Ok: queued as 7818AC49'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500013 done
Sun Mar 10 08:00:06 2024 Info: Start MID 500020 ICID 100016
Sun Mar 10 08:00:06 2024 Info: MID 500020 ICID 100016 From: <heidi@flaky.example>
Sun Mar 10 08:00:06 2024 Info: MID 500020 ICID 100016 RID 0 To: <bob0@brokenstarttls.example>
Sun Mar 10 08:00:06 2024 Info: MID 500020 Message-ID '<500020.528846719244@flaky.example>'
Sun Mar 10 08:00:06 2024 Info: MID 500020 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:06 2024 Info: MID 500020 ready 24030 bytes from <heidi@flaky.example>
Sun Mar 10 08:00:06 2024 Info: MID 500020 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:06 2024 Info: MID 500020 antivirus negative
Sun Mar 10 08:00:06 2024 Info: MID 500020 queued for delivery
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20003 MID 500019 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20003 MID 500019 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500019 RID [0] Response '2.0.0 Ok: queued as C393AB33'
Sun Mar 10 08:00:06 2024 Info: New SMTP ICID 100018 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host unknown verified no
Sun Mar 10 08:00:06 2024 Info: ICID 100018 REJECT SG BLOCKLIST match sbrs[-10.0:-3.0] SBRS -7.2 country Nowhere
Sun Mar 10 08:00:06 2024 Info: ICID 100018 close
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20001 MID 500018 to RID [2]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20001 MID 500018 to RID [2]
Sun Mar 10 08:00:06 2024 Info: MID 500018 RID [2] Response '2.0.0 Ok: queued as 42B8FBE8'
Sun Mar 10 08:00:07 2024 Info: Start MID 500021 ICID 100012
Sun Mar 10 08:00:07 2024 Info: MID 500021 ICID 100012 From: <dave@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500021 ICID 100012 RID 0 To: <heidi0@university.example>
Sun Mar 10 08:00:07 2024 Info: MID 500021 ICID 100012 RID 1 To: <ivan1@partner-bank.example>
Sun Mar 10 08:00:07 2024 Info: MID 500021 Message-ID '<500021.370350398263@gmail.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500021 Subject 'Newsletter March'
Sun Mar 10 08:00:07 2024 Info: MID 500021 ready 73793 bytes from <dave@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500021 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500021 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500021 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Start MID 500022 ICID 100014
Sun Mar 10 08:00:07 2024 Info: MID 500022 ICID 100014 From: <heidi@resetter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500022 ICID 100014 RID 0 To: <bob0@outlook.example>
Sun Mar 10 08:00:07 2024 Info: MID 500022 Message-ID '<500022.561515231754@resetter.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500022 Subject 'Password reset'
Sun Mar 10 08:00:07 2024 Info: MID 500022 ready 363771 bytes from <heidi@resetter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500022 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: Message aborted MID 500022 Receiving aborted
Sun Mar 10 08:00:07 2024 Info: Start MID 500023 ICID 100007
Sun Mar 10 08:00:07 2024 Info: MID 500023 ICID 100007 From: <frank@partner-bank.example>
Sun Mar 10 08:00:07 2024 Info: MID 500023 ICID 100007 RID 0 To: <ivan0@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500023 Message-ID '<500023.316454036698@partner-bank.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500023 Subject 'Meeting notes'
Sun Mar 10 08:00:07 2024 Info: MID 500023 ready 38442 bytes from <frank@partner-bank.example>
Sun Mar 10 08:00:07 2024 Info: MID 500023 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500023 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500023 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20002 MID 500019 to RID [1]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20002 MID 500019 to RID [1]
Sun Mar 10 08:00:07 2024 Info: MID 500019 RID [1] Response '2.0.0 Ok: queued as D23146B3'
Sun Mar 10 08:00:07 2024 Info: Message finished MID 500019 done
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20002 MID 500017 to RID [0]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20002 MID 500017 to RID [0]
Sun Mar 10 08:00:07 2024 Info: MID 500017 RID [0] Response '2.0.0 Ok: queued as 9DDCB522'
Sun Mar 10 08:00:07 2024 Info: Message finished MID 500017 done
Sun Mar 10 08:00:07 2024 Info: ICID 100016 close
Sun Mar 10 08:00:07 2024 Info: ICID 100007 close
Sun Mar 10 08:00:07 2024 Info: Start MID 500024 ICID 100015
Sun Mar 10 08:00:07 2024 Info: MID 500024 ICID 100015 From: <ivan@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500024 ICID 100015 RID 0 To: <dave0@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500024 ICID 100015 RID 1 To: <heidi1@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500024 Message-ID '<500024.156175216016@gmail.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500024 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:07 2024 Info: MID 500024 ready 21148 bytes from <ivan@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500024 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500024 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500024 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Start MID 500025 ICID 100013
Sun Mar 10 08:00:07 2024 Info: MID 500025 ICID 100013 From: <dave@flaky.example>
Sun Mar 10 08:00:07 2024 Info: MID 500025 ICID 100013 RID 0 To: <heidi0@nxdomain.example>
Sun Mar 10 08:00:07 2024 Info: MID 500025 Message-ID '<500025.272199391472@flaky.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500025 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:07 2024 Info: MID 500025 ready 367058 bytes from <dave@flaky.example>
Sun Mar 10 08:00:07 2024 Info: MID 500025 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500025 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500025 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Start MID 500026 ICID 100009
Sun Mar 10 08:00:07 2024 Info: MID 500026 ICID 100009 From: <carol@partner-bank.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 ICID 100009 RID 0 To: <ivan0@oldcorp.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 ICID 100009 RID 1 To: <frank1@plainmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 ICID 100009 RID 2 To: <grace2@plainmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 Message-ID '<500026.714074917737@partner-bank.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500026 Subject 'Meeting notes'
Sun Mar 10 08:00:07 2024 Info: MID 500026 ready 123268 bytes from <carol@partner-bank.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500026 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500026 queued for delivery
Sun Mar 10 08:00:07 2024 Info: ICID 100014 close
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20004 MID 500018 to RID [0]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20004 MID 500018 to RID [0]
Sun Mar 10 08:00:07 2024 Info: MID 500018 RID [0] Response '2.0.0 Ok: queued as D8388F4D'
Sun Mar 10 08:00:07 2024 Info: Message finished MID 500018 done
Sun Mar 10 08:00:07 2024 Info: ICID 100013 close
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20002 MID 500021 to RID [1]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20002 MID 500021 to RID [1]
Sun Mar 10 08:00:07 2024 Info: MID 500021 RID [1] Response '2.0.0 Ok: queued as B5E69CC'
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20001 MID 500023 to RID [0]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20001 MID 500023 to RID [0]
Sun Mar 10 08:00:07 2024 Info: MID 500023 RID [0] Response '2.0.0 Ok: queued as F91C332E'
Sun Mar 10 08:00:07 2024 Info: Message finished MID 500023 done
Sun Mar 10 08:00:07 2024 Info: New SMTP ICID 100019 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:07 2024 Info: ICID 100019 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:07 2024 Info: ICID 100019 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:07 2024 Info: Start MID 500027 ICID 100011
Sun Mar 10 08:00:07 2024 Info: MID 500027 ICID 100011 From: <carol@newsletter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500027 ICID 100011 RID 0 To: <grace0@university.example>
Sun Mar 10 08:00:07 2024 Info: MID 500027 Message-ID '<500027.329241759730@newsletter.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500027 Subject 'Meeting notes'
Sun Mar 10 08:00:07 2024 Info: MID 500027 ready 373578 bytes from <carol@newsletter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500027 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500027 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500027 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Start MID 500028 ICID 100017
Sun Mar 10 08:00:07 2024 Info: MID 500028 ICID 100017 From: <frank@resetter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500028 ICID 100017 RID 0 To: <dave0@plainmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500028 ICID 100017 RID 1 To: <alice1@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500028 ICID 100017 RID 2 To: <heidi2@outlook.example>
Sun Mar 10 08:00:07 2024 Info: MID 500028 Message-ID '<500028.761220246938@resetter.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500028 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:07 2024 Info: MID 500028 ready 286214 bytes from <frank@resetter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500028 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500028 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500028 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20005 MID 500026 to RID [0]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20005 MID 500026 to RID [0]
Sun Mar 10 08:00:07 2024 Info: MID 500026 RID [0] Response '2.0.0 Ok: queued as CBB9500D'
Sun Mar 10 08:00:07 2024 Info: New SMTP ICID 100020 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:07 2024 Info: ICID 100020 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:07 2024 Info: ICID 100020 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:07 2024 Info: Start MID 500029 ICID 100006
Sun Mar 10 08:00:07 2024 Info: MID 500029 ICID 100006 From: <judy@newsletter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500029 ICID 100006 RID 0 To: <erin0@brokenstarttls.example>
Sun Mar 10 08:00:07 2024 Info: MID 500029 ICID 100006 RID 1 To: <bob1@outlook.example>
Sun Mar 10 08:00:07 2024 Info: MID 500029 ICID 100006 RID 2 To: <heidi2@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500029 Message-ID '<500029.696918368161@newsletter.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500029 Subject 'Your order has shipped'
Sun Mar 10 08:00:07 2024 Info: MID 500029 ready 140540 bytes from <judy@newsletter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500029 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500029 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500029 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Bounced: DCID 0 MID 500025 to RID 0 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:08 2024 Info: MID 500030 generated for bounce of MID 500025
Sun Mar 10 08:00:08 2024 Info: Start MID 500030 ICID 0
Sun Mar 10 08:00:08 2024 Info: MID 500030 ICID 0 From: <>
Sun Mar 10 08:00:08 2024 Info: MID 500030 ICID 0 RID 0 To: <dave@flaky.example>
Sun Mar 10 08:00:08 2024 Info: MID 500030 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:08 2024 Info: MID 500030 ready 8065 bytes from <>
Sun Mar 10 08:00:08 2024 Info: MID 500030 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500025 done
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20000 MID 500016 to RID [0, 1]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20000 MID 500016 to RID [0, 1]
Sun Mar 10 08:00:08 2024 Info: MID 500016 RID [0, 1] Response '2.0.0 Ok: queued as 206D12EC'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500016 done
Sun Mar 10 08:00:08 2024 Info: Start MID 500031 ICID 100011
Sun Mar 10 08:00:08 2024 Info: MID 500031 ICID 100011 From: <grace@newsletter.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 ICID 100011 RID 0 To: <erin0@brokenstarttls.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 ICID 100011 RID 1 To: <alice1@partner-bank.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 ICID 100011 RID 2 To: <carol2@partner-bank.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 Message-ID '<500031.1043350377527@newsletter.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500031 Subject 'Quarterly report'
Sun Mar 10 08:00:08 2024 Info: MID 500031 ready 48567 bytes from <grace@newsletter.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500031 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500031 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20001 MID 500024 to RID [0, 1]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20001 MID 500024 to RID [0, 1]
Sun Mar 10 08:00:08 2024 Info: MID 500024 RID [0, 1] Response '2.0.0 Ok: queued as 7F866CC6'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500024 done
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20007 MID 500020 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20007 MID 500020 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500020 RID [0] Response '2.0.0 Ok: queued as 5B66F4D3'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500020 done
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20003 MID 500028 to RID [2]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20003 MID 500028 to RID [2]
Sun Mar 10 08:00:08 2024 Info: MID 500028 RID [2] Response '2.0.0 Ok: queued as B9AE5634'
Sun Mar 10 08:00:08 2024 Info: Start MID 500032 ICID 100011
Sun Mar 10 08:00:08 2024 Info: MID 500032 ICID 100011 From: <grace@newsletter.example>
Sun Mar 10 08:00:08 2024 Info: MID 500032 ICID 100011 RID 0 To: <erin0@brokenstarttls.example>
Sun Mar 10 08:00:08 2024 Info: MID 500032 ICID 100011 RID 1 To: <alice1@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500032 Message-ID '<500032.842242397924@newsletter.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500032 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:08 2024 Info: MID 500032 ready 122504 bytes from <grace@newsletter.example>
Sun Mar 10 08:00:08 2024 Info: MID 500032 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500032 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500032 queued for delivery
Sun Mar 10 08:00:08 2024 Info: New SMTP ICID 100021 interface Data 1 (10.0.0.25) address 203.0.113.18 reverse dns host unknown verified no
Sun Mar 10 08:00:08 2024 Info: ICID 100021 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:08 2024 Info: ICID 100021 TLS failed: [Errno 54] Connection reset by peer
Sun Mar 10 08:00:08 2024 Info: Start MID 500033 ICID 100019
Sun Mar 10 08:00:08 2024 Info: MID 500033 ICID 100019 From: <heidi@outlook.example>
Sun Mar 10 08:00:08 2024 Info: MID 500033 ICID 100019 RID 0 To: <alice0@partner-bank.example>
Sun Mar 10 08:00:08 2024 Info: MID 500033 Message-ID '<500033.845863274729@outlook.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500033 Subject 'Password reset'
Sun Mar 10 08:00:08 2024 Info: MID 500033 ready 36236 bytes from <heidi@outlook.example>
Sun Mar 10 08:00:08 2024 Info: MID 500033 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500033 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500033 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Start MID 500034 ICID 100009
Sun Mar 10 08:00:08 2024 Info: MID 500034 ICID 100009 From: <dave@partner-bank.example>
Sun Mar 10 08:00:08 2024 Info: MID 500034 ICID 100009 RID 0 To: <heidi0@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500034 ICID 100009 RID 1 To: <judy1@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500034 Message-ID '<500034.970235739133@partner-bank.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500034 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:08 2024 Info: MID 500034 ready 200546 bytes from <dave@partner-bank.example>
Sun Mar 10 08:00:08 2024 Info: MID 500034 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: Message aborted MID 500034 Receiving aborted
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20001 MID 500029 to RID [2]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20001 MID 500029 to RID [2]
Sun Mar 10 08:00:08 2024 Info: MID 500029 RID [2] Response '2.0.0 Ok: queued as 81C35745'
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20007 MID 500029 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20007 MID 500029 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500029 RID [0] Response '2.0.0 Ok: queued as 2188B031'
Sun Mar 10 08:00:08 2024 Info: Start MID 500035 ICID 100011
Sun Mar 10 08:00:08 2024 Info: MID 500035 ICID 100011 From: <judy@newsletter.example>
Sun Mar 10 08:00:08 2024 Info: MID 500035 ICID 100011 RID 0 To: <bob0@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500035 ICID 100011 RID 1 To: <grace1@nxdomain.example>
Sun Mar 10 08:00:08 2024 Info: MID 500035 Message-ID '<500035.383153813521@newsletter.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500035 Subject 'Your order has shipped'
Sun Mar 10 08:00:08 2024 Info: MID 500035 ready 23099 bytes from <judy@newsletter.example>
Sun Mar 10 08:00:08 2024 Info: MID 500035 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500035 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500035 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20004 MID 500027 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20004 MID 500027 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500027 RID [0] Response '2.0.0 Ok: queued as AD4954A8'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500027 done
Sun Mar 10 08:00:08 2024 Info: Start MID 500036 ICID 100012
Sun Mar 10 08:00:08 2024 Info: MID 500036 ICID 100012 From: <ivan@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500036 ICID 100012 RID 0 To: <frank0@brokenstarttls.example>
Sun Mar 10 08:00:08 2024 Info: MID 500036 Message-ID '<500036.833698174856@gmail.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500036 Subject 'Your order has shipped'
Sun Mar 10 08:00:08 2024 Info: MID 500036 ready 324214 bytes from <ivan@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500036 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500036 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500036 queued for delivery
Sun Mar 10 08:00:08 2024 Info: MID 500036 rewritten to MID 500037 by antispam (alt-rcpt-to) filter 'unknown'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500036 done
Sun Mar 10 08:00:08 2024 Info: ICID 100009 close
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20000 MID 500026 to RID [1, 2]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20000 MID 500026 to RID [1, 2]
Sun Mar 10 08:00:08 2024 Info: MID 500026 RID [1, 2] Response '2.0.0 Ok: queued as 48DCAE6'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500026 done
Sun Mar 10 08:00:08 2024 Info: Start MID 500038 ICID 100015
Sun Mar 10 08:00:08 2024 Info: MID 500038 ICID 100015 From: <carol@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500038 ICID 100015 RID 0 To: <bob0@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500038 ICID 100015 RID 1 To: <grace1@outlook.example>
Sun Mar 10 08:00:08 2024 Info: MID 500038 ICID 100015 RID 2 To: <erin2@partner-bank.example>
Sun Mar 10 08:00:08 2024 Info: MID 500038 Message-ID '<500038.920551447741@gmail.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500038 Subject 'Password reset'
Sun Mar 10 08:00:08 2024 Info: MID 500038 ready 312718 bytes from <carol@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500038 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500038 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500038 queued for delivery
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20007 MID 500031 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20007 MID 500031 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500031 RID [0] Response '2.0.0 Ok: queued as 48CBC78D'
Sun Mar 10 08:00:09 2024 Info: Start MID 500039 ICID 100019
Sun Mar 10 08:00:09 2024 Info: MID 500039 ICID 100019 From: <carol@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500039 ICID 100019 RID 0 To: <dave0@brokenstarttls.example>
Sun Mar 10 08:00:09 2024 Info: MID 500039 Message-ID '<500039.1081107047508@outlook.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500039 Subject 'Your order has shipped'
Sun Mar 10 08:00:09 2024 Info: MID 500039 ready 353135 bytes from <carol@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500039 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500039 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500039 queued for delivery
Sun Mar 10 08:00:09 2024 Info: Start MID 500040 ICID 100020
Sun Mar 10 08:00:09 2024 Info: MID 500040 ICID 100020 From: <judy@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500040 ICID 100020 RID 0 To: <judy0@university.example>
Sun Mar 10 08:00:09 2024 Info: MID 500040 Message-ID '<500040.347211374897@outlook.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500040 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:09 2024 Info: MID 500040 ready 125735 bytes from <judy@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500040 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500040 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500040 queued for delivery
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20001 MID 500032 to RID [1]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20001 MID 500032 to RID [1]
Sun Mar 10 08:00:09 2024 Info: MID 500032 RID [1] Response '2.0.0 Ok: queued as 6F3337BB'
Sun Mar 10 08:00:09 2024 Info: ICID 100012 close
Sun Mar 10 08:00:09 2024 Info: New SMTP ICID 100022 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:09 2024 Info: ICID 100022 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:09 2024 Info: ICID 100022 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20002 MID 500033 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20002 MID 500033 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500033 RID [0] Response '2.0.0 Ok: queued as 3AF7458F'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500033 done
Sun Mar 10 08:00:09 2024 Info: Start MID 500041 ICID 100017
Sun Mar 10 08:00:09 2024 Info: MID 500041 ICID 100017 From: <erin@resetter.example>
Sun Mar 10 08:00:09 2024 Info: MID 500041 ICID 100017 RID 0 To: <grace0@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500041 ICID 100017 RID 1 To: <bob1@gmail.example>
Sun Mar 10 08:00:09 2024 Info: MID 500041 Message-ID '<500041.1044973002976@resetter.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500041 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:09 2024 Info: MID 500041 ready 373011 bytes from <erin@resetter.example>
Sun Mar 10 08:00:09 2024 Info: MID 500041 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500041 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500041 queued for delivery
Sun Mar 10 08:00:09 2024 Info: ICID 100020 close
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20007 MID 500032 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20007 MID 500032 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500032 RID [0] Response '2.0.0 Ok: queued as 8C51EF55'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500032 done
Sun Mar 10 08:00:09 2024 Info: Start MID 500043 ICID 100011
Sun Mar 10 08:00:09 2024 Info: MID 500043 ICID 100011 From: <frank@newsletter.example>
Sun Mar 10 08:00:09 2024 Info: MID 500043 ICID 100011 RID 0 To: <grace0@gmail.example>
Sun Mar 10 08:00:09 2024 Info: MID 500043 Message-ID '<500043.644929152345@newsletter.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500043 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:09 2024 Info: MID 500043 ready 177190 bytes from <frank@newsletter.example>
Sun Mar 10 08:00:09 2024 Info: MID 500043 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500043 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500043 queued for delivery
Sun Mar 10 08:00:09 2024 Info: Start MID 500044 ICID 100006
Sun Mar 10 08:00:09 2024 Info: MID 500044 ICID 100006 From: <judy@newsletter.example>
Sun Mar 10 08:00:09 2024 Info: MID 500044 ICID 100006 RID 0 To: <bob0@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500044 Message-ID '<500044.32511983194@newsletter.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500044 Subject 'Meeting notes'
Sun Mar 10 08:00:09 2024 Info: MID 500044 ready 50895 bytes from <judy@newsletter.example>
Sun Mar 10 08:00:09 2024 Info: MID 500044 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500044 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500044 queued for delivery
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20004 MID 500021 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Delayed: DCID 20004 MID 500021 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:09 2024 Info: MID 500021 to RID [0] pending till Sun Mar 10 08:02:49 2024
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20000 MID 500028 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20000 MID 500028 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500028 RID [0] Response '2.0.0 Ok: queued as 79DE7504'
Sun Mar 10 08:00:09 2024 Info: ICID 100011 close
Sun Mar 10 08:00:09 2024 Info: New SMTP ICID 100023 interface Data 1 (10.0.0.25) address 203.0.113.15 reverse dns host unknown verified no
Sun Mar 10 08:00:09 2024 Info: ICID 100023 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20001 MID 500028 to RID [1]
Sun Mar 10 08:00:09 2024 Info: Delayed: DCID 20001 MID 500028 to RID 1 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:09 2024 Info: MID 500028 to RID [1] pending till Sun Mar 10 08:01:57 2024
Sun Mar 10 08:00:09 2024 Info: Start MID 500045 ICID 100022
Sun Mar 10 08:00:09 2024 Info: MID 500045 ICID 100022 From: <grace@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500045 ICID 100022 RID 0 To: <ivan0@partner-bank.example>
Sun Mar 10 08:00:09 2024 Info: MID 500045 Message-ID '<500045.1034831769762@outlook.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500045 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:09 2024 Info: MID 500045 ready 72281 bytes from <grace@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500045 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500045 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500045 queued for delivery
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20007 MID 500039 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20007 MID 500039 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500039 RID [0] Response '2.0.0 Ok: queued as B5A34639'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500039 done
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20000 MID 500030 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20000 MID 500030 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500030 RID [0] Response '2.0.0 Ok: queued as 9C8A96F4'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500030 done
Sun Mar 10 08:00:09 2024 Info: Start MID 500046 ICID 100021
Sun Mar 10 08:00:09 2024 Info: MID 500046 ICID 100021 From: <ivan@resetter.example>
Sun Mar 10 08:00:09 2024 Info: MID 500046 ICID 100021 RID 0 To: <erin0@plainmail.example>
Sun Mar 10 08:00:09 2024 Info: MID 500046 ICID 100021 RID 1 To: <heidi1@plainmail.example>
Sun Mar 10 08:00:09 2024 Info: MID 500046 ICID 100021 RID 2 To: <dave2@partner-bank.example>
Sun Mar 10 08:00:09 2024 Info: MID 500046 ICID 100021 RID 3 To: <heidi3@legacy-law.example>
Sun Mar 10 08:00:09 2024 Info: MID 500046 ICID 100021 RID 4 To: <bob4@plainmail.example>
Sun Mar 10 08:00:09 2024 Info: MID 500046 ICID 100021 RID 5 To: <erin5@plainmail.example>
Sun Mar 10 08:00:09 2024 Info: MID 500046 Message-ID '<500046.914945325943@resetter.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500046 Subject 'Your order has shipped'
Sun Mar 10 08:00:09 2024 Info: MID 500046 ready 98012 bytes from <ivan@resetter.example>
Sun Mar 10 08:00:09 2024 Info: MID 500046 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500046 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500046 queued for delivery
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20007 MID 500037 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20007 MID 500037 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500037 RID [0] Response '2.0.0 Ok: queued as AE8F02F'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500037 done
Sun Mar 10 08:00:09 2024 Info: New SMTP ICID 100024 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:09 2024 Info: ICID 100024 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:09 2024 Info: ICID 100024 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20003 MID 500029 to RID [1]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20003 MID 500029 to RID [1]
Sun Mar 10 08:00:10 2024 Info: MID 500029 RID [1] Response '2.0.0 Ok: queued as 470BE28A'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500029 done
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20001 MID 500038 to RID [0]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20001 MID 500038 to RID [0]
Sun Mar 10 08:00:10 2024 Info: MID 500038 RID [0] Response '2.0.0 Ok: queued as 1C5E05F1'
Sun Mar 10 08:00:10 2024 Info: ICID 100021 close
Sun Mar 10 08:00:10 2024 Info: Start MID 500047 ICID 100022
Sun Mar 10 08:00:10 2024 Info: MID 500047 ICID 100022 From: <bob@outlook.example>
Sun Mar 10 08:00:10 2024 Info: MID 500047 ICID 100022 RID 0 To: <ivan0@gmail.example>
Sun Mar 10 08:00:10 2024 Info: MID 500047 Message-ID '<500047.58424720868@outlook.example>'
Sun Mar 10 08:00:10 2024 Info: MID 500047 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:10 2024 Info: MID 500047 ready 223588 bytes from <bob@outlook.example>
Sun Mar 10 08:00:10 2024 Info: MID 500047 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:10 2024 Info: MID 500047 antivirus negative
Sun Mar 10 08:00:10 2024 Info: MID 500047 queued for delivery
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20002 MID 500031 to RID [1, 2]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20002 MID 500031 to RID [1, 2]
Sun Mar 10 08:00:10 2024 Info: MID 500031 RID [1, 2] Response '2.0.0 Ok: queued as 18ABC98B'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500031 done
Sun Mar 10 08:00:10 2024 Info: New SMTP ICID 100025 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:10 2024 Info: ICID 100025 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:10 2024 Info: ICID 100025 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20004 MID 500040 to RID [0]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20004 MID 500040 to RID [0]
Sun Mar 10 08:00:10 2024 Info: MID 500040 RID [0] Response '2.0.0 Ok: queued as 86C50B5F'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500040 done
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20001 MID 500043 to RID [0]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20001 MID 500043 to RID [0]
Sun Mar 10 08:00:10 2024 Info: MID 500043 RID [0] Response '2.0.0 Ok: queued as 4333EAFA'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500043 done
Sun Mar 10 08:00:10 2024 Info: ICID 100022 close
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20002 MID 500038 to RID [2]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20002 MID 500038 to RID [2]
Sun Mar 10 08:00:10 2024 Info: MID 500038 RID [2] Response '2.0.0 Ok: queued as BA8473BE'
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20000 MID 500046 to RID [0, 1, 4, 5]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20000 MID 500046 to RID [0, 1, 4, 5]
Sun Mar 10 08:00:10 2024 Info: MID 500046 RID [0, 1, 4, 5] Response '2.0.0 Ok: queued as A5481FA6'
Sun Mar 10 08:00:10 2024 Info: Start MID 500048 ICID 100019
Sun Mar 10 08:00:10 2024 Info: MID 500048 ICID 100019 From: <heidi@outlook.example>
Sun Mar 10 08:00:10 2024 Info: MID 500048 ICID 100019 RID 0 To: <frank0@legacy-law.example>
Sun Mar 10 08:00:10 2024 Info: MID 500048 ICID 100019 RID 1 To: <ivan1@university.example>
Sun Mar 10 08:00:10 2024 Info: MID 500048 Message-ID '<500048.170657747727@outlook.example>'
Sun Mar 10 08:00:10 2024 Info: MID 500048 Subject 'Password reset'
Sun Mar 10 08:00:10 2024 Info: MID 500048 ready 269050 bytes from <heidi@outlook.example>
Sun Mar 10 08:00:10 2024 Info: MID 500048 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:10 2024 Info: MID 500048 antivirus negative
Sun Mar 10 08:00:10 2024 Info: MID 500048 queued for delivery
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20003 MID 500038 to RID [1]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20003 MID 500038 to RID [1]
Sun Mar 10 08:00:10 2024 Info: MID 500038 RID [1] Response '2.0.0 Ok: queued as DB498B8A'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500038 done
Sun Mar 10 08:00:10 2024 Info: Bounced: DCID 0 MID 500035 to RID 1 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:10 2024 Info: MID 500049 generated for bounce of MID 500035
Sun Mar 10 08:00:10 2024 Info: Start MID 500049 ICID 0
Sun Mar 10 08:00:10 2024 Info: MID 500049 ICID 0 From: <>
Sun Mar 10 08:00:10 2024 Info: MID 500049 ICID 0 RID 0 To: <judy@newsletter.example>
Sun Mar 10 08:00:10 2024 Info: MID 500049 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:10 2024 Info: MID 500049 ready 3504 bytes from <>
Sun Mar 10 08:00:10 2024 Info: MID 500049 queued for delivery
Sun Mar 10 08:00:10 2024 Info: Start MID 500050 ICID 100024
Sun Mar 10 08:00:10 2024 Info: MID 500050 ICID 100024 From: <frank@partner-bank.example>
Sun Mar 10 08:00:10 2024 Info: MID 500050 ICID 100024 RID 0 To: <grace0@gmail.example>
Sun Mar 10 08:00:10 2024 Info: MID 500050 Message-ID '<500050.702517028325@partner-bank.example>'
Sun Mar 10 08:00:10 2024 Info: MID 500050 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:10 2024 Info: MID 500050 ready 181367 bytes from <frank@partner-bank.example>
Sun Mar 10 08:00:10 2024 Info: MID 500050 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:10 2024 Info: MID 500050 antivirus negative
Sun Mar 10 08:00:10 2024 Info: MID 500050 queued for delivery
Sun Mar 10 08:00:10 2024 Info: New SMTP ICID 100026 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host unknown verified no
Sun Mar 10 08:00:10 2024 Info: ICID 100026 REJECT SG BLOCKLIST match sbrs[-10.0:-3.0] SBRS -7.2 country Nowhere
Sun Mar 10 08:00:10 2024 Info: ICID 100026 close
Sun Mar 10 08:00:10 2024 Info: ICID 100019 close
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20003 MID 500042 to RID [0]
Sun Mar 10 08:00:10 2024 Info: MID 500041 rewritten to MID 500042 by antispam (alt-rcpt-to) filter 'unknown'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500041 done
Sun Mar 10 08:00:10 2024 Info: Bounced: DCID 20003 MID 500042 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:10 2024 Info: MID 500051 generated for bounce of MID 500042
Sun Mar 10 08:00:10 2024 Info: Start MID 500051 ICID 0
Sun Mar 10 08:00:10 2024 Info: MID 500051 ICID 0 From: <>
Sun Mar 10 08:00:10 2024 Info: MID 500051 ICID 0 RID 0 To: <erin@resetter.example>
Sun Mar 10 08:00:10 2024 Info: MID 500051 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:10 2024 Info: MID 500051 ready 5719 bytes from <>
Sun Mar 10 08:00:10 2024 Info: MID 500051 queued for delivery
Sun Mar 10 08:00:10 2024 Info: Start MID 500052 ICID 100023
Sun Mar 10 08:00:10 2024 Info: MID 500052 ICID 100023 From: <grace@plainmail.example>
Sun Mar 10 08:00:10 2024 Info: MID 500052 ICID 100023 RID 0 To: <erin0@strict-gov.example>
Sun Mar 10 08:00:10 2024 Info: MID 500052 Message-ID '<500052.314701568772@plainmail.example>'
Sun Mar 10 08:00:10 2024 Info: MID 500052 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:10 2024 Info: MID 500052 ready 252401 bytes from <grace@plainmail.example>
Sun Mar 10 08:00:10 2024 Info: MID 500052 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:10 2024 Info: MID 500052 antivirus negative
Sun Mar 10 08:00:10 2024 Info: MID 500052 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20006 MID 500048 to RID [0]
Sun Mar 10 08:00:11 2024 Info: Delayed: DCID 20006 MID 500048 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:11 2024 Info: MID 500048 to RID [0] pending till Sun Mar 10 08:04:34 2024
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20002 MID 500046 to RID [2]
Sun Mar 10 08:00:11 2024 Info: Bounced: DCID 20002 MID 500046 to RID 2 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:11 2024 Info: MID 500053 generated for bounce of MID 500046
Sun Mar 10 08:00:11 2024 Info: Start MID 500053 ICID 0
Sun Mar 10 08:00:11 2024 Info: MID 500053 ICID 0 From: <>
Sun Mar 10 08:00:11 2024 Info: MID 500053 ICID 0 RID 0 To: <ivan@resetter.example>
Sun Mar 10 08:00:11 2024 Info: MID 500053 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:11 2024 Info: MID 500053 ready 3651 bytes from <>
Sun Mar 10 08:00:11 2024 Info: MID 500053 queued for delivery
Sun Mar 10 08:00:11 2024 Info: ICID 100023 close
Sun Mar 10 08:00:11 2024 Info: Start MID 500054 ICID 100015
Sun Mar 10 08:00:11 2024 Info: MID 500054 ICID 100015 From: <ivan@gmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500054 ICID 100015 RID 0 To: <grace0@partner-bank.example>
Sun Mar 10 08:00:11 2024 Info: MID 500054 ICID 100015 RID 1 To: <dave1@plainmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500054 ICID 100015 RID 2 To: <dave2@university.example>
Sun Mar 10 08:00:11 2024 Info: MID 500054 Message-ID '<500054.1009345320864@gmail.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500054 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:11 2024 Info: MID 500054 ready 154900 bytes from <ivan@gmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500054 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500054 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500054 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Start MID 500055 ICID 100024
Sun Mar 10 08:00:11 2024 Info: MID 500055 ICID 100024 From: <alice@partner-bank.example>
Sun Mar 10 08:00:11 2024 Info: MID 500055 ICID 100024 RID 0 To: <judy0@brokenstarttls.example>
Sun Mar 10 08:00:11 2024 Info: MID 500055 Message-ID '<500055.732775563295@partner-bank.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500055 Subject 'Password reset'
Sun Mar 10 08:00:11 2024 Info: MID 500055 ready 157346 bytes from <alice@partner-bank.example>
Sun Mar 10 08:00:11 2024 Info: MID 500055 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500055 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500055 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20001 MID 500035 to RID [0]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20001 MID 500035 to RID [0]
Sun Mar 10 08:00:11 2024 Info: MID 500035 RID [0] Response '2.0.0 Ok: queued as DE08428B'
Sun Mar 10 08:00:11 2024 Info: Message finished MID 500035 done
Sun Mar 10 08:00:11 2024 Info: New SMTP ICID 100027 interface Data 1 (10.0.0.25) address 203.0.113.18 reverse dns host unknown verified no
Sun Mar 10 08:00:11 2024 Info: ICID 100027 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:11 2024 Info: ICID 100027 TLS failed
Sun Mar 10 08:00:11 2024 Info: ICID 100024 close
Sun Mar 10 08:00:11 2024 Info: Start MID 500056 ICID 100017
Sun Mar 10 08:00:11 2024 Info: MID 500056 ICID 100017 From: <frank@resetter.example>
Sun Mar 10 08:00:11 2024 Info: MID 500056 ICID 100017 RID 0 To: <heidi0@plainmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500056 Message-ID '<500056.89761307432@resetter.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500056 Subject 'Password reset'
Sun Mar 10 08:00:11 2024 Info: MID 500056 ready 37147 bytes from <frank@resetter.example>
Sun Mar 10 08:00:11 2024 Info: MID 500056 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500056 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500056 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20002 MID 500045 to RID [0]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20002 MID 500045 to RID [0]
Sun Mar 10 08:00:11 2024 Info: MID 500045 RID [0] Response '2.0.0 Ok: queued as 18B136FA'
Sun Mar 10 08:00:11 2024 Info: Message finished MID 500045 done
Sun Mar 10 08:00:11 2024 Info: ICID 100017 close
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20003 MID 500044 to RID [0]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20003 MID 500044 to RID [0]
Sun Mar 10 08:00:11 2024 Info: MID 500044 RID [0] Response '2.0.0 Ok: queued as 749818B8'
Sun Mar 10 08:00:11 2024 Info: Message finished MID 500044 done
Sun Mar 10 08:00:11 2024 Info: Start MID 500057 ICID 100025
Sun Mar 10 08:00:11 2024 Info: MID 500057 ICID 100025 From: <carol@gmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500057 ICID 100025 RID 0 To: <dave0@outlook.example>
Sun Mar 10 08:00:11 2024 Info: MID 500057 Message-ID '<500057.828495957399@gmail.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500057 Subject 'Password reset'
Sun Mar 10 08:00:11 2024 Info: MID 500057 ready 47107 bytes from <carol@gmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500057 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500057 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500057 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20001 MID 500042 to RID [1]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20001 MID 500042 to RID [1]
Sun Mar 10 08:00:11 2024 Info: MID 500042 RID [1] Response '2.0.0 Ok: queued as EDEAA96B'
Sun Mar 10 08:00:11 2024 Info: Message finished MID 500042 done
Sun Mar 10 08:00:11 2024 Info: ICID 100015 close
Sun Mar 10 08:00:11 2024 Info: ICID 100025 close
Sun Mar 10 08:00:11 2024 Info: Start MID 500058 ICID 100027
Sun Mar 10 08:00:11 2024 Info: MID 500058 ICID 100027 From: <carol@resetter.example>
Sun Mar 10 08:00:11 2024 Info: MID 500058 ICID 100027 RID 0 To: <dave0@gmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500058 ICID 100027 RID 1 To: <carol1@plainmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500058 Message-ID '<500058.837402800637@resetter.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500058 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:11 2024 Info: MID 500058 ready 252434 bytes from <carol@resetter.example>
Sun Mar 10 08:00:11 2024 Info: MID 500058 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500058 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500058 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Start MID 500059 ICID 100006
Sun Mar 10 08:00:11 2024 Info: MID 500059 ICID 100006 From: <grace@newsletter.example>
Sun Mar 10 08:00:11 2024 Info: MID 500059 ICID 100006 RID 0 To: <ivan0@partner-bank.example>
Sun Mar 10 08:00:11 2024 Info: MID 500059 Message-ID '<500059.662647990812@newsletter.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500059 Subject 'Password reset'
Sun Mar 10 08:00:11 2024 Info: MID 500059 ready 334259 bytes from <grace@newsletter.example>
Sun Mar 10 08:00:11 2024 Info: MID 500059 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500059 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500059 queued for delivery
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20000 MID 500054 to RID [1]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20000 MID 500054 to RID [1]
Sun Mar 10 08:00:12 2024 Info: MID 500054 RID [1] Response '2.0.0 Ok: queued as 542ABB15'
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20006 MID 500046 to RID [3]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20006 MID 500046 to RID [3]
Sun Mar 10 08:00:12 2024 Info: MID 500046 RID [3] Response '2.0.0 Ok: queued as 363382CC'
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500046 done
Sun Mar 10 08:00:12 2024 Info: ICID 100006 close
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20002 MID 500059 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Bounced: DCID 20002 MID 500059 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:12 2024 Info: MID 500060 generated for bounce of MID 500059
Sun Mar 10 08:00:12 2024 Info: Start MID 500060 ICID 0
Sun Mar 10 08:00:12 2024 Info: MID 500060 ICID 0 From: <>
Sun Mar 10 08:00:12 2024 Info: MID 500060 ICID 0 RID 0 To: <grace@newsletter.example>
Sun Mar 10 08:00:12 2024 Info: MID 500060 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:12 2024 Info: MID 500060 ready 4768 bytes from <>
Sun Mar 10 08:00:12 2024 Info: MID 500060 queued for delivery
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500059 done
Sun Mar 10 08:00:12 2024 Info: New SMTP ICID 100028 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:12 2024 Info: ICID 100028 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:12 2024 Info: ICID 100028 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20000 MID 500056 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20000 MID 500056 to RID [0]
Sun Mar 10 08:00:12 2024 Info: MID 500056 RID [0] Response '2.0.0 Ok: queued as B629F284'
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500056 done
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20001 MID 500050 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20001 MID 500050 to RID [0]
Sun Mar 10 08:00:12 2024 Info: MID 500050 RID [0] Response '2.0.0 Ok: queued as 2D002563'
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500050 done
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20004 MID 500048 to RID [1]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20004 MID 500048 to RID [1]
Sun Mar 10 08:00:12 2024 Info: MID 500048 RID [1] Response '2.0.0 Ok: queued as AEC31E27'
Sun Mar 10 08:00:12 2024 Info: New SMTP ICID 100029 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:12 2024 Info: ICID 100029 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:12 2024 Info: ICID 100029 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20002 MID 500054 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20002 MID 500054 to RID [0]
Sun Mar 10 08:00:12 2024 Info: MID 500054 RID [0] Response '2.0.0 Ok: queued as B2F1E45D'
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20000 MID 500051 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20000 MID 500051 to RID [0]
Sun Mar 10 08:00:12 2024 Info: MID 500051 RID [0] Response '2.0.0 Ok: queued as ACE27D70'
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500051 done
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20000 MID 500058 to RID [1]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20000 MID 500058 to RID [1]
Sun Mar 10 08:00:12 2024 Info: MID 500058 RID [1] Response '2.0.0 Ok: queued as E8C329FA'
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20001 MID 500047 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20001 MID 500047 to RID [0]
Sun Mar 10 08:00:12 2024 Info: MID 500047 RID [0] Response '2.0.0 Ok: queued as 782F7740'
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500047 done
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20000 MID 500060 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Delayed: DCID 20000 MID 500060 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:12 2024 Info: MID 500060 to RID [0] pending till Sun Mar 10 08:04:06 2024
Sun Mar 10 08:00:12 2024 Info: New SMTP ICID 100030 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:12 2024 Info: ICID 100030 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:12 2024 Info: ICID 100030 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20000 MID 500049 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Bounced: DCID 20000 MID 500049 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500049 done
Sun Mar 10 08:00:13 2024 Info: New SMTP DCID 20008 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:00:13 2024 Info: DCID 20008 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:00:13 2024 Info: Delayed: DCID 20008 MID 500052 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:00:13 2024 Info: DCID 20008 close
Sun Mar 10 08:00:13 2024 Info: MID 500052 to RID [0] pending till Sun Mar 10 08:02:31 2024
Sun Mar 10 08:00:13 2024 Info: Start MID 500061 ICID 100028
Sun Mar 10 08:00:13 2024 Info: MID 500061 ICID 100028 From: <carol@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500061 ICID 100028 RID 0 To: <dave0@outlook.example>
Sun Mar 10 08:00:13 2024 Info: MID 500061 ICID 100028 RID 1 To: <alice1@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500061 ICID 100028 RID 2 To: <alice2@outlook.example>
Sun Mar 10 08:00:13 2024 Info: MID 500061 Message-ID '<500061.793760696306@gmail.example>'
Sun Mar 10 08:00:13 2024 Info: MID 500061 Subject 'Password reset'
Sun Mar 10 08:00:13 2024 Info: MID 500061 ready 174179 bytes from <carol@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500061 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:13 2024 Info: MID 500061 antivirus negative
Sun Mar 10 08:00:13 2024 Info: MID 500061 queued for delivery
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20003 MID 500057 to RID [0]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20003 MID 500057 to RID [0]
Sun Mar 10 08:00:13 2024 Info: MID 500057 RID [0] Response '2.0.0 Ok: queued as 880C7A1C'
Sun Mar 10 08:00:13 2024 Info: Message finished MID 500057 done
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20007 MID 500055 to RID [0]
Sun Mar 10 08:00:13 2024 Info: Delayed: DCID 20007 MID 500055 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:13 2024 Info: MID 500055 to RID [0] pending till Sun Mar 10 08:01:19 2024
Sun Mar 10 08:00:13 2024 Info: ICID 100028 close
Sun Mar 10 08:00:13 2024 Info: New SMTP ICID 100031 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:13 2024 Info: ICID 100031 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:13 2024 Info: ICID 100031 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:13 2024 Info: New SMTP ICID 100032 interface Data 1 (10.0.0.25) address 203.0.113.15 reverse dns host unknown verified no
Sun Mar 10 08:00:13 2024 Info: ICID 100032 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20001 MID 500058 to RID [0]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20001 MID 500058 to RID [0]
Sun Mar 10 08:00:13 2024 Info: MID 500058 RID [0] Response '2.0.0 Ok: queued as E07ADA43'
Sun Mar 10 08:00:13 2024 Info: Message finished MID 500058 done
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20000 MID 500053 to RID [0]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20000 MID 500053 to RID [0]
Sun Mar 10 08:00:13 2024 Info: MID 500053 RID [0] Response '2.0.0 Ok: queued as 838237B2'
Sun Mar 10 08:00:13 2024 Info: Message finished MID 500053 done
Sun Mar 10 08:00:13 2024 Info: Start MID 500062 ICID 100032
Sun Mar 10 08:00:13 2024 Info: MID 500062 ICID 100032 From: <carol@plainmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500062 ICID 100032 RID 0 To: <grace0@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500062 ICID 100032 RID 1 To: <dave1@oldcorp.example>
Sun Mar 10 08:00:13 2024 Info: MID 500062 Message-ID '<500062.59812118432@plainmail.example>'
Sun Mar 10 08:00:13 2024 Info: MID 500062 Subject 'Quarterly report'
Sun Mar 10 08:00:13 2024 Info: MID 500062 ready 152347 bytes from <carol@plainmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500062 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:13 2024 Info: MID 500062 antivirus negative
Sun Mar 10 08:00:13 2024 Info: MID 500062 queued for delivery
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20004 MID 500054 to RID [2]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20004 MID 500054 to RID [2]
Sun Mar 10 08:00:13 2024 Info: MID 500054 RID [2] Response '2.0.0 Ok: queued as D2471764'
Sun Mar 10 08:00:13 2024 Info: Message finished MID 500054 done
Sun Mar 10 08:00:13 2024 Info: Start MID 500063 ICID 100029
Sun Mar 10 08:00:13 2024 Info: MID 500063 ICID 100029 From: <erin@outlook.example>
Sun Mar 10 08:00:13 2024 Info: MID 500063 ICID 100029 RID 0 To: <erin0@legacy-law.example>
Sun Mar 10 08:00:13 2024 Info: MID 500063 ICID 100029 RID 1 To: <dave1@strict-gov.example>
Sun Mar 10 08:00:13 2024 Info: MID 500063 Message-ID '<500063.577880690629@outlook.example>'
Sun Mar 10 08:00:13 2024 Info: MID 500063 Subject 'Password reset'
Sun Mar 10 08:00:13 2024 Info: MID 500063 ready 345730 bytes from <erin@outlook.example>
Sun Mar 10 08:00:13 2024 Info: MID 500063 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:13 2024 Info: MID 500063 antivirus negative
Sun Mar 10 08:00:13 2024 Info: MID 500063 queued for delivery
Sun Mar 10 08:00:13 2024 Info: ICID 100029 close
Sun Mar 10 08:00:13 2024 Info: New SMTP ICID 100033 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:13 2024 Info: ICID 100033 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:13 2024 Info: ICID 100033 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:13 2024 Info: Start MID 500064 ICID 100030
Sun Mar 10 08:00:13 2024 Info: MID 500064 ICID 100030 From: <bob@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500064 ICID 100030 RID 0 To: <grace0@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500064 Message-ID '<500064.331235912737@gmail.example>'
Sun Mar 10 08:00:13 2024 Info: MID 500064 Subject 'Password reset'
Sun Mar 10 08:00:13 2024 Info: MID 500064 ready 357476 bytes from <bob@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500064 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:13 2024 Info: MID 500064 antivirus negative
Sun Mar 10 08:00:13 2024 Info: MID 500064 queued for delivery
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20005 MID 500062 to RID [1]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20005 MID 500062 to RID [1]
Sun Mar 10 08:00:14 2024 Info: MID 500062 RID [1] Response '2.0.0 Ok: queued as 256526EC'
Sun Mar 10 08:00:14 2024 Info: Start MID 500065 ICID 100030
Sun Mar 10 08:00:14 2024 Info: MID 500065 ICID 100030 From: <heidi@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500065 ICID 100030 RID 0 To: <alice0@brokenstarttls.example>
Sun Mar 10 08:00:14 2024 Info: MID 500065 ICID 100030 RID 1 To: <heidi1@oldcorp.example>
Sun Mar 10 08:00:14 2024 Info: MID 500065 ICID 100030 RID 2 To: <alice2@university.example>
Sun Mar 10 08:00:14 2024 Info: MID 500065 Message-ID '<500065.328548790085@gmail.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500065 Subject 'Meeting notes'
Sun Mar 10 08:00:14 2024 Info: MID 500065 ready 199885 bytes from <heidi@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500065 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500065 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500065 queued for delivery
Sun Mar 10 08:00:14 2024 Info: Start MID 500066 ICID 100027
Sun Mar 10 08:00:14 2024 Info: MID 500066 ICID 100027 From: <grace@resetter.example>
Sun Mar 10 08:00:14 2024 Info: MID 500066 ICID 100027 RID 0 To: <bob0@university.example>
Sun Mar 10 08:00:14 2024 Info: MID 500066 ICID 100027 RID 1 To: <alice1@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500066 Message-ID '<500066.259478388496@resetter.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500066 Subject 'Meeting notes'
Sun Mar 10 08:00:14 2024 Info: MID 500066 ready 52793 bytes from <grace@resetter.example>
Sun Mar 10 08:00:14 2024 Info: MID 500066 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500066 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500066 queued for delivery
Sun Mar 10 08:00:14 2024 Info: Start MID 500067 ICID 100031
Sun Mar 10 08:00:14 2024 Info: MID 500067 ICID 100031 From: <carol@partner-bank.example>
Sun Mar 10 08:00:14 2024 Info: MID 500067 ICID 100031 RID 0 To: <bob0@partner-bank.example>
Sun Mar 10 08:00:14 2024 Info: MID 500067 Message-ID '<500067.372834202932@partner-bank.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500067 Subject 'Newsletter March'
Sun Mar 10 08:00:14 2024 Info: MID 500067 ready 113347 bytes from <carol@partner-bank.example>
Sun Mar 10 08:00:14 2024 Info: MID 500067 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500067 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500067 queued for delivery
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20003 MID 500061 to RID [0, 2]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20003 MID 500061 to RID [0, 2]
Sun Mar 10 08:00:14 2024 Info: MID 500061 RID [0, 2] Response '2.0.0 Ok: queued as 7CC3A52E'
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20001 MID 500064 to RID [0]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20001 MID 500064 to RID [0]
Sun Mar 10 08:00:14 2024 Info: MID 500064 RID [0] Response '2.0.0 Ok: queued as 6B3EB44B'
Sun Mar 10 08:00:14 2024 Info: Message finished MID 500064 done
Sun Mar 10 08:00:14 2024 Info: Start MID 500068 ICID 100031
Sun Mar 10 08:00:14 2024 Info: MID 500068 ICID 100031 From: <grace@partner-bank.example>
Sun Mar 10 08:00:14 2024 Info: MID 500068 ICID 100031 RID 0 To: <frank0@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500068 ICID 100031 RID 1 To: <grace1@partner-bank.example>
Sun Mar 10 08:00:14 2024 Info: MID 500068 ICID 100031 RID 2 To: <heidi2@partner-bank.example>
Sun Mar 10 08:00:14 2024 Info: MID 500068 Message-ID '<500068.210626712608@partner-bank.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500068 Subject 'Newsletter March'
Sun Mar 10 08:00:14 2024 Info: MID 500068 ready 302082 bytes from <grace@partner-bank.example>
Sun Mar 10 08:00:14 2024 Info: MID 500068 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500068 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500068 queued for delivery
Sun Mar 10 08:00:14 2024 Info: Start MID 500069 ICID 100032
Sun Mar 10 08:00:14 2024 Info: MID 500069 ICID 100032 From: <alice@plainmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500069 ICID 100032 RID 0 To: <heidi0@university.example>
Sun Mar 10 08:00:14 2024 Info: MID 500069 ICID 100032 RID 1 To: <heidi1@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500069 ICID 100032 RID 2 To: <grace2@plainmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500069 Message-ID '<500069.92265222924@plainmail.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500069 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:14 2024 Info: MID 500069 ready 258034 bytes from <alice@plainmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500069 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500069 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500069 queued for delivery
Sun Mar 10 08:00:14 2024 Info: New SMTP DCID 20009 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:00:14 2024 Info: DCID 20009 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:00:14 2024 Info: Delayed: DCID 20009 MID 500063 to RID [1] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:00:14 2024 Info: DCID 20009 close
Sun Mar 10 08:00:14 2024 Info: MID 500063 to RID [1] pending till Sun Mar 10 08:01:29 2024
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20001 MID 500066 to RID [1]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20001 MID 500066 to RID [1]
Sun Mar 10 08:00:14 2024 Info: MID 500066 RID [1] Response '2.0.0 Ok: queued as 5513B908'
Sun Mar 10 08:00:14 2024 Info: New SMTP ICID 100034 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:14 2024 Info: ICID 100034 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:14 2024 Info: ICID 100034 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20004 MID 500065 to RID [2]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20004 MID 500065 to RID [2]
Sun Mar 10 08:00:14 2024 Info: MID 500065 RID [2] Response '2.0.0 Ok: queued as 805D5D82'
Sun Mar 10 08:00:14 2024 Info: Start MID 500070 ICID 100033
Sun Mar 10 08:00:14 2024 Info: MID 500070 ICID 100033 From: <alice@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500070 ICID 100033 RID 0 To: <dave0@outlook.example>
Sun Mar 10 08:00:14 2024 Info: MID 500070 ICID 100033 RID 1 To: <erin1@outlook.example>
Sun Mar 10 08:00:14 2024 Info: MID 500070 ICID 100033 RID 2 To: <carol2@outlook.example>
Sun Mar 10 08:00:14 2024 Info: MID 500070 Message-ID '<500070.726272359229@gmail.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500070 Subject 'Your order has shipped'
Sun Mar 10 08:00:14 2024 Info: MID 500070 ready 221753 bytes from <alice@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500070 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500070 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500070 queued for delivery
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20006 MID 500063 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20006 MID 500063 to RID [0]
Sun Mar 10 08:00:15 2024 Info: MID 500063 RID [0] Response '2.0.0 Ok: queued as E0F9776D'
Sun Mar 10 08:00:15 2024 Info: New SMTP ICID 100035 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:15 2024 Info: ICID 100035 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:15 2024 Info: ICID 100035 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:15 2024 Info: Start MID 500071 ICID 100035
Sun Mar 10 08:00:15 2024 Info: MID 500071 ICID 100035 From: <judy@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500071 ICID 100035 RID 0 To: <bob0@nxdomain.example>
Sun Mar 10 08:00:15 2024 Info: MID 500071 ICID 100035 RID 1 To: <carol1@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500071 ICID 100035 RID 2 To: <dave2@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500071 Message-ID '<500071.321043867337@partner-bank.example>'
Sun Mar 10 08:00:15 2024 Info: MID 500071 Subject 'Quarterly report'
Sun Mar 10 08:00:15 2024 Info: MID 500071 ready 45453 bytes from <judy@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500071 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:15 2024 Info: MID 500071 antivirus negative
Sun Mar 10 08:00:15 2024 Info: MID 500071 queued for delivery
Sun Mar 10 08:00:15 2024 Info: MID 500071 rewritten to MID 500072 by antispam (alt-rcpt-to) filter 'unknown'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500071 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20001 MID 500061 to RID [1]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20001 MID 500061 to RID [1]
Sun Mar 10 08:00:15 2024 Info: MID 500061 RID [1] Response '2.0.0 Ok: queued as C1DB6C47'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500061 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20007 MID 500065 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20007 MID 500065 to RID [0]
Sun Mar 10 08:00:15 2024 Info: MID 500065 RID [0] Response '2.0.0 Ok: queued as DD643EE0'
Sun Mar 10 08:00:15 2024 Info: Start MID 500073 ICID 100030
Sun Mar 10 08:00:15 2024 Info: MID 500073 ICID 100030 From: <grace@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 ICID 100030 RID 0 To: <frank0@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 ICID 100030 RID 1 To: <carol1@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 ICID 100030 RID 2 To: <grace2@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 ICID 100030 RID 3 To: <judy3@plainmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 ICID 100030 RID 4 To: <alice4@university.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 ICID 100030 RID 5 To: <alice5@university.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 ICID 100030 RID 6 To: <bob6@university.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 Message-ID '<500073.215474045037@gmail.example>'
Sun Mar 10 08:00:15 2024 Info: MID 500073 Subject 'Your order has shipped'
Sun Mar 10 08:00:15 2024 Info: MID 500073 ready 199206 bytes from <grace@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500073 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:15 2024 Info: MID 500073 antivirus negative
Sun Mar 10 08:00:15 2024 Info: MID 500073 queued for delivery
Sun Mar 10 08:00:15 2024 Info: New SMTP ICID 100036 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:15 2024 Info: ICID 100036 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:15 2024 Info: ICID 100036 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20002 MID 500067 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20002 MID 500067 to RID [0]
Sun Mar 10 08:00:15 2024 Info: MID 500067 RID [0] Response '2.0.0 Ok: queued as 2596A4CE'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500067 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20001 MID 500069 to RID [1]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20001 MID 500069 to RID [1]
Sun Mar 10 08:00:15 2024 Info: MID 500069 RID [1] Response '2.0.0 Ok: queued as 493FA3C4'
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20001 MID 500062 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20001 MID 500062 to RID [0]
Sun Mar 10 08:00:15 2024 Info: MID 500062 RID [0] Response '2.0.0 Ok: queued as 3CAAD7DC'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500062 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20005 MID 500065 to RID [1]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20005 MID 500065 to RID [1]
Sun Mar 10 08:00:15 2024 Info: MID 500065 RID [1] Response '2.0.0 Ok: queued as E0EBA461'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500065 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20001 MID 500068 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Bounced: DCID 20001 MID 500068 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:15 2024 Info: MID 500074 generated for bounce of MID 500068
Sun Mar 10 08:00:15 2024 Info: Start MID 500074 ICID 0
Sun Mar 10 08:00:15 2024 Info: MID 500074 ICID 0 From: <>
Sun Mar 10 08:00:15 2024 Info: MID 500074 ICID 0 RID 0 To: <grace@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500074 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:15 2024 Info: MID 500074 ready 6621 bytes from <>
Sun Mar 10 08:00:15 2024 Info: MID 500074 queued for delivery
Sun Mar 10 08:00:15 2024 Info: ICID 100030 close
Sun Mar 10 08:00:15 2024 Info: Start MID 500075 ICID 100036
Sun Mar 10 08:00:15 2024 Info: MID 500075 ICID 100036 From: <erin@outlook.example>
Sun Mar 10 08:00:15 2024 Info: MID 500075 ICID 100036 RID 0 To: <dave0@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500075 ICID 100036 RID 1 To: <carol1@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500075 Message-ID '<500075.221129514931@outlook.example>'
Sun Mar 10 08:00:15 2024 Info: MID 500075 Subject 'Newsletter March'
Sun Mar 10 08:00:15 2024 Info: MID 500075 ready 114991 bytes from <erin@outlook.example>
Sun Mar 10 08:00:15 2024 Info: MID 500075 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:15 2024 Info: MID 500075 antivirus negative
Sun Mar 10 08:00:15 2024 Info: MID 500075 queued for delivery
Sun Mar 10 08:00:15 2024 Info: New SMTP ICID 100037 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:15 2024 Info: ICID 100037 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:15 2024 Info: ICID 100037 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20004 MID 500073 to RID [4, 5, 6]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20004 MID 500073 to RID [4, 5, 6]
Sun Mar 10 08:00:15 2024 Info: MID 500073 RID [4, 5, 6] Response '2.0.0 Ok: queued as 6BA98A9B'
Sun Mar 10 08:00:15 2024 Info: New SMTP ICID 100038 interface Data 1 (10.0.0.25) address 203.0.113.16 reverse dns host bulk.newsletter.example verified yes
Sun Mar 10 08:00:15 2024 Info: ICID 100038 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20002 MID 500068 to RID [1, 2]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20002 MID 500068 to RID [1, 2]
Sun Mar 10 08:00:15 2024 Info: MID 500068 RID [1, 2] Response '2.0.0 Ok: queued as E32A664F'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500068 done
Sun Mar 10 08:00:15 2024 Info: Start MID 500076 ICID 100027
Sun Mar 10 08:00:15 2024 Info: MID 500076 ICID 100027 From: <erin@resetter.example>
Sun Mar 10 08:00:15 2024 Info: MID 500076 ICID 100027 RID 0 To: <erin0@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500076 ICID 100027 RID 1 To: <grace1@strict-gov.example>
Sun Mar 10 08:00:15 2024 Info: MID 500076 Message-ID '<500076.723394807298@resetter.example>'
Sun Mar 10 08:00:15 2024 Info: MID 500076 Subject 'Quarterly report'
Sun Mar 10 08:00:15 2024 Info: MID 500076 ready 92042 bytes from <erin@resetter.example>
Sun Mar 10 08:00:15 2024 Info: MID 500076 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:15 2024 Info: MID 500076 antivirus negative
Sun Mar 10 08:00:15 2024 Info: MID 500076 queued for delivery
Sun Mar 10 08:00:15 2024 Info: Start MID 500077 ICID 100034
Sun Mar 10 08:00:15 2024 Info: MID 500077 ICID 100034 From: <grace@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500077 ICID 100034 RID 0 To: <dave0@outlook.example>
Sun Mar 10 08:00:15 2024 Info: MID 500077 ICID 100034 RID 1 To: <heidi1@oldcorp.example>
Sun Mar 10 08:00:15 2024 Info: MID 500077 ICID 100034 RID 2 To: <carol2@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500077 ICID 100034 RID 3 To: <frank3@strict-gov.example>
Sun Mar 10 08:00:15 2024 Info: MID 500077 ICID 100034 RID 4 To: <bob4@outlook.example>
Sun Mar 10 08:00:15 2024 Info: MID 500077 ICID 100034 RID 5 To: <grace5@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500077 Message-ID '<500077.692792673534@partner-bank.example>'
Sun Mar 10 08:00:15 2024 Info: MID 500077 Subject 'Your order has shipped'
Sun Mar 10 08:00:15 2024 Info: MID 500077 ready 343257 bytes from <grace@partner-bank.example>
Sun Mar 10 08:00:15 2024 Info: MID 500077 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:15 2024 Info: MID 500077 antivirus negative
Sun Mar 10 08:00:15 2024 Info: MID 500077 queued for delivery
Sun Mar 10 08:00:16 2024 Info: ICID 100027 close
Sun Mar 10 08:00:16 2024 Info: Start MID 500078 ICID 100032
Sun Mar 10 08:00:16 2024 Info: MID 500078 ICID 100032 From: <heidi@plainmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500078 ICID 100032 RID 0 To: <carol0@university.example>
Sun Mar 10 08:00:16 2024 Info: MID 500078 Message-ID '<500078.253585037335@plainmail.example>'
Sun Mar 10 08:00:16 2024 Info: MID 500078 Subject 'Quarterly report'
Sun Mar 10 08:00:16 2024 Info: MID 500078 ready 21336 bytes from <heidi@plainmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500078 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:16 2024 Info: MID 500078 antivirus negative
Sun Mar 10 08:00:16 2024 Info: MID 500078 queued for delivery
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20001 MID 500073 to RID [0, 1, 2]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20001 MID 500073 to RID [0, 1, 2]
Sun Mar 10 08:00:16 2024 Info: MID 500073 RID [0, 1, 2] Response '2.0.0 Ok: queued as 455E9775'
Sun Mar 10 08:00:16 2024 Info: ICID 100032 close
Sun Mar 10 08:00:16 2024 Info: Start MID 500079 ICID 100034
Sun Mar 10 08:00:16 2024 Info: MID 500079 ICID 100034 From: <frank@partner-bank.example>
Sun Mar 10 08:00:16 2024 Info: MID 500079 ICID 100034 RID 0 To: <erin0@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500079 ICID 100034 RID 1 To: <grace1@brokenstarttls.example>
Sun Mar 10 08:00:16 2024 Info: MID 500079 ICID 100034 RID 2 To: <heidi2@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500079 Message-ID '<500079.116676547733@partner-bank.example>'
Sun Mar 10 08:00:16 2024 Info: MID 500079 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:16 2024 Info: MID 500079 ready 236109 bytes from <frank@partner-bank.example>
Sun Mar 10 08:00:16 2024 Info: MID 500079 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:16 2024 Info: MID 500079 antivirus negative
Sun Mar 10 08:00:16 2024 Info: MID 500079 queued for delivery
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20004 MID 500069 to RID [0]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20004 MID 500069 to RID [0]
Sun Mar 10 08:00:16 2024 Info: MID 500069 RID [0] Response '2.0.0 Ok: queued as 78BCD064'
Sun Mar 10 08:00:16 2024 Info: New SMTP ICID 100039 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:16 2024 Info: ICID 100039 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:16 2024 Info: ICID 100039 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20000 MID 500069 to RID [2]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20000 MID 500069 to RID [2]
Sun Mar 10 08:00:16 2024 Info: MID 500069 RID [2] Response '2.0.0 Ok: queued as 78DAAE04'
Sun Mar 10 08:00:16 2024 Info: Message finished MID 500069 done
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20004 MID 500066 to RID [0]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20004 MID 500066 to RID [0]
Sun Mar 10 08:00:16 2024 Info: MID 500066 RID [0] Response '2.0.0 Ok: queued as 7F2FE965'
Sun Mar 10 08:00:16 2024 Info: Message finished MID 500066 done
Sun Mar 10 08:00:16 2024 Info: Start MID 500080 ICID 100039
Sun Mar 10 08:00:16 2024 Info: MID 500080 ICID 100039 From: <judy@outlook.example>
Sun Mar 10 08:00:16 2024 Info: MID 500080 ICID 100039 RID 0 To: <heidi0@outlook.example>
Sun Mar 10 08:00:16 2024 Info: MID 500080 Message-ID '<500080.123933451684@outlook.example>'
Sun Mar 10 08:00:16 2024 Info: MID 500080 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:16 2024 Info: MID 500080 ready 375628 bytes from <judy@outlook.example>
Sun Mar 10 08:00:16 2024 Info: MID 500080 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:16 2024 Info: MID 500080 antivirus negative
Sun Mar 10 08:00:16 2024 Info: MID 500080 queued for delivery
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20003 MID 500070 to RID [0, 1, 2]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20003 MID 500070 to RID [0, 1, 2]
Sun Mar 10 08:00:16 2024 Info: MID 500070 RID [0, 1, 2] Response '2.0.0 Ok: queued as 7176DA16'
Sun Mar 10 08:00:16 2024 Info: Message finished MID 500070 done
Sun Mar 10 08:00:16 2024 Info: Start MID 500081 ICID 100037
Sun Mar 10 08:00:16 2024 Info: MID 500081 ICID 100037 From: <judy@partner-bank.example>
Sun Mar 10 08:00:16 2024 Info: MID 500081 ICID 100037 RID 0 To: <carol0@plainmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500081 ICID 100037 RID 1 To: <judy1@outlook.example>
Sun Mar 10 08:00:16 2024 Info: MID 500081 ICID 100037 RID 2 To: <carol2@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500081 Message-ID '<500081.821517645965@partner-bank.example>'
Sun Mar 10 08:00:16 2024 Info: MID 500081 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:16 2024 Info: MID 500081 ready 360381 bytes from <judy@partner-bank.example>
Sun Mar 10 08:00:16 2024 Info: MID 500081 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:16 2024 Info: MID 500081 antivirus negative
Sun Mar 10 08:00:16 2024 Info: MID 500081 queued for delivery
Sun Mar 10 08:00:16 2024 Info: ICID 100037 close
Sun Mar 10 08:00:16 2024 Info: Start MID 500082 ICID 100038
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 From: <bob@newsletter.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 RID 0 To: <carol0@brokenstarttls.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 RID 1 To: <grace1@legacy-law.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 RID 2 To: <bob2@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 RID 3 To: <erin3@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 RID 4 To: <grace4@plainmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 RID 5 To: <alice5@partner-bank.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 RID 6 To: <bob6@plainmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 ICID 100038 RID 7 To: <carol7@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 Message-ID '<500082.228664715080@newsletter.example>'
Sun Mar 10 08:00:16 2024 Info: MID 500082 Subject 'Newsletter March'
Sun Mar 10 08:00:16 2024 Info: MID 500082 ready 283112 bytes from <bob@newsletter.example>
Sun Mar 10 08:00:16 2024 Info: MID 500082 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:16 2024 Info: MID 500082 antivirus negative
Sun Mar 10 08:00:16 2024 Info: MID 500082 queued for delivery
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20002 MID 500074 to RID [0]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20002 MID 500074 to RID [0]
Sun Mar 10 08:00:16 2024 Info: MID 500074 RID [0] Response '2.0.0 Ok: queued as 4C7BDD50'
Sun Mar 10 08:00:16 2024 Info: Message finished MID 500074 done
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20001 MID 500072 to RID [2]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20001 MID 500072 to RID [2]
Sun Mar 10 08:00:16 2024 Info: MID 500072 RID [2] Response '2.0.0 Ok: queued as 19E074B6'
Sun Mar 10 08:00:17 2024 Info: Start MID 500083 ICID 100036
Sun Mar 10 08:00:17 2024 Info: MID 500083 ICID 100036 From: <erin@outlook.example>
Sun Mar 10 08:00:17 2024 Info: MID 500083 ICID 100036 RID 0 To: <frank0@outlook.example>
Sun Mar 10 08:00:17 2024 Info: MID 500083 Message-ID '<500083.249073815145@outlook.example>'
Sun Mar 10 08:00:17 2024 Info: MID 500083 Subject 'Your order has shipped'
Sun Mar 10 08:00:17 2024 Info: MID 500083 ready 170192 bytes from <erin@outlook.example>
Sun Mar 10 08:00:17 2024 Info: MID 500083 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:17 2024 Info: MID 500083 antivirus negative
Sun Mar 10 08:00:17 2024 Info: MID 500083 queued for delivery
Sun Mar 10 08:00:17 2024 Info: New SMTP DCID 20010 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:00:17 2024 Info: DCID 20010 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:00:17 2024 Info: Delayed: DCID 20010 MID 500076 to RID [1] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:00:17 2024 Info: DCID 20010 close
Sun Mar 10 08:00:17 2024 Info: MID 500076 to RID [1] pending till Sun Mar 10 08:01:38 2024
Sun Mar 10 08:00:17 2024 Info: Start MID 500084 ICID 100035
Sun Mar 10 08:00:17 2024 Info: MID 500084 ICID 100035 From: <judy@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500084 ICID 100035 RID 0 To: <heidi0@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500084 ICID 100035 RID 1 To: <heidi1@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500084 ICID 100035 RID 2 To: <grace2@gmail.example>
Sun Mar 10 08:00:17 2024 Info: MID 500084 Message-ID '<500084.62720558294@partner-bank.example>'
Sun Mar 10 08:00:17 2024 Info: MID 500084 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:17 2024 Info: MID 500084 ready 130765 bytes from <judy@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500084 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:17 2024 Info: MID 500084 antivirus negative
Sun Mar 10 08:00:17 2024 Info: MID 500084 queued for delivery
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20003 MID 500077 to RID [0, 4]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20003 MID 500077 to RID [0, 4]
Sun Mar 10 08:00:17 2024 Info: MID 500077 RID [0, 4] Response '2.0.0 Ok: queued as 2C7A5536'
Sun Mar 10 08:00:17 2024 Info: ICID 100035 close
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20000 MID 500073 to RID [3]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20000 MID 500073 to RID [3]
Sun Mar 10 08:00:17 2024 Info: MID 500073 RID [3] Response '2.0.0 Ok: queued as 9D3907C7'
Sun Mar 10 08:00:17 2024 Info: Message finished MID 500073 done
Sun Mar 10 08:00:17 2024 Info: Start MID 500085 ICID 100033
Sun Mar 10 08:00:17 2024 Info: MID 500085 ICID 100033 From: <grace@gmail.example>
Sun Mar 10 08:00:17 2024 Info: MID 500085 ICID 100033 RID 0 To: <frank0@legacy-law.example>
Sun Mar 10 08:00:17 2024 Info: MID 500085 ICID 100033 RID 1 To: <bob1@gmail.example>
Sun Mar 10 08:00:17 2024 Info: MID 500085 Message-ID '<500085.979987742432@gmail.example>'
Sun Mar 10 08:00:17 2024 Info: MID 500085 Subject 'Password reset'
Sun Mar 10 08:00:17 2024 Info: MID 500085 ready 175493 bytes from <grace@gmail.example>
Sun Mar 10 08:00:17 2024 Info: MID 500085 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:17 2024 Info: MID 500085 antivirus negative
Sun Mar 10 08:00:17 2024 Info: MID 500085 queued for delivery
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20001 MID 500075 to RID [1]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20001 MID 500075 to RID [1]
Sun Mar 10 08:00:17 2024 Info: MID 500075 RID [1] Response '2.0.0 Ok: queued as F755DDE6'
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20007 MID 500079 to RID [1]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20007 MID 500079 to RID [1]
Sun Mar 10 08:00:17 2024 Info: MID 500079 RID [1] Response '2.0.0 Ok: queued as C7D39F5C'
Sun Mar 10 08:00:17 2024 Info: Start MID 500086 ICID 100039
Sun Mar 10 08:00:17 2024 Info: MID 500086 ICID 100039 From: <erin@outlook.example>
Sun Mar 10 08:00:17 2024 Info: MID 500086 ICID 100039 RID 0 To: <dave0@outlook.example>
Sun Mar 10 08:00:17 2024 Info: MID 500086 Message-ID '<500086.713213191976@outlook.example>'
Sun Mar 10 08:00:17 2024 Info: MID 500086 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:17 2024 Info: MID 500086 ready 393052 bytes from <erin@outlook.example>
Sun Mar 10 08:00:17 2024 Info: MID 500086 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:17 2024 Info: MID 500086 antivirus negative
Sun Mar 10 08:00:17 2024 Info: MID 500086 queued for delivery
Sun Mar 10 08:00:17 2024 Info: New SMTP ICID 100040 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host unknown verified no
Sun Mar 10 08:00:17 2024 Info: ICID 100040 REJECT SG BLOCKLIST match sbrs[-10.0:-3.0] SBRS -7.2 country Nowhere
Sun Mar 10 08:00:17 2024 Info: ICID 100040 close
Sun Mar 10 08:00:17 2024 Info: Bounced: DCID 0 MID 500072 to RID 0 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:17 2024 Info: MID 500087 generated for bounce of MID 500072
Sun Mar 10 08:00:17 2024 Info: Start MID 500087 ICID 0
Sun Mar 10 08:00:17 2024 Info: MID 500087 ICID 0 From: <>
Sun Mar 10 08:00:17 2024 Info: MID 500087 ICID 0 RID 0 To: <judy@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500087 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:17 2024 Info: MID 500087 ready 6502 bytes from <>
Sun Mar 10 08:00:17 2024 Info: MID 500087 queued for delivery
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20002 MID 500072 to RID [1]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20002 MID 500072 to RID [1]
Sun Mar 10 08:00:17 2024 Info: MID 500072 RID [1] Response '2.0.0 Ok: queued as 7B5A5F11'
Sun Mar 10 08:00:17 2024 Info: Message finished MID 500072 done
Sun Mar 10 08:00:17 2024 Info: Start MID 500088 ICID 100031
Sun Mar 10 08:00:17 2024 Info: MID 500088 ICID 100031 From: <alice@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500088 ICID 100031 RID 0 To: <erin0@strict-gov.example>
Sun Mar 10 08:00:17 2024 Info: MID 500088 ICID 100031 RID 1 To: <ivan1@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500088 Message-ID '<500088.334175412953@partner-bank.example>'
Sun Mar 10 08:00:17 2024 Info: MID 500088 Subject 'Your order has shipped'
Sun Mar 10 08:00:17 2024 Info: MID 500088 ready 204476 bytes from <alice@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500088 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:17 2024 Info: MID 500088 antivirus negative
Sun Mar 10 08:00:17 2024 Info: MID 500088 queued for delivery
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20007 MID 500082 to RID [0]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20007 MID 500082 to RID [0]
Sun Mar 10 08:00:17 2024 Info: MID 500082 RID [0] Response '2.0.0 Ok: queued as 3E3C1D3B'
Sun Mar 10 08:00:17 2024 Info: ICID 100039 close
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20001 MID 500081 to RID [2]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20001 MID 500081 to RID [2]
Sun Mar 10 08:00:17 2024 Info: MID 500081 RID [2] Response '2.0.0 Ok: queued as CF1DB70C'
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20001 MID 500076 to RID [0]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20001 MID 500076 to RID [0]
Sun Mar 10 08:00:17 2024 Info: MID 500076 RID [0] Response '2.0.0 Ok: queued as 4EBBF82B'
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20001 MID 500079 to RID [0, 2]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20001 MID 500079 to RID [0, 2]
Sun Mar 10 08:00:17 2024 Info: MID 500079 RID [0, 2] Response '2.0.0 Ok: queued as 3EBFBD2E'
Sun Mar 10 08:00:17 2024 Info: Message finished MID 500079 done
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20003 MID 500083 to RID [0]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20003 MID 500083 to RID [0]
Sun Mar 10 08:00:17 2024 Info: MID 500083 RID [0] Response '2.0.0 Ok: queued as 69C777EC'
Sun Mar 10 08:00:17 2024 Info: Message finished MID 500083 done
Sun Mar 10 08:00:17 2024 Info: ICID 100031 close
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20004 MID 500078 to RID [0]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20004 MID 500078 to RID [0]
Sun Mar 10 08:00:17 2024 Info: MID 500078 RID [0] Response '2.0.0 Ok: queued as 9E97F381'
Sun Mar 10 08:00:17 2024 Info: Message finished MID 500078 done
Sun Mar 10 08:00:17 2024 Info: Start MID 500089 ICID 100038
Sun Mar 10 08:00:17 2024 Info: MID 500089 ICID 100038 From: <frank@newsletter.example>
Sun Mar 10 08:00:17 2024 Info: MID 500089 ICID 100038 RID 0 To: <ivan0@gmail.example>
Sun Mar 10 08:00:17 2024 Info: MID 500089 ICID 100038 RID 1 To: <heidi1@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500089 ICID 100038 RID 2 To: <grace2@partner-bank.example>
Sun Mar 10 08:00:17 2024 Info: MID 500089 Message-ID '<500089.194481770516@newsletter.example>'
Sun Mar 10 08:00:17 2024 Info: MID 500089 Subject 'Quarterly report'
Sun Mar 10 08:00:17 2024 Info: MID 500089 ready 399215 bytes from <frank@newsletter.example>
Sun Mar 10 08:00:17 2024 Info: MID 500089 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:17 2024 Info: MID 500089 antivirus negative
Sun Mar 10 08:00:17 2024 Info: MID 500089 queued for delivery
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20001 MID 500084 to RID [2]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20001 MID 500084 to RID [2]
Sun Mar 10 08:00:18 2024 Info: MID 500084 RID [2] Response '2.0.0 Ok: queued as DE4CE66C'
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20002 MID 500075 to RID [0]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20002 MID 500075 to RID [0]
Sun Mar 10 08:00:18 2024 Info: MID 500075 RID [0] Response '2.0.0 Ok: queued as FAFDB773'
Sun Mar 10 08:00:18 2024 Info: Message finished MID 500075 done
Sun Mar 10 08:00:18 2024 Info: Start MID 500090 ICID 100033
Sun Mar 10 08:00:18 2024 Info: MID 500090 ICID 100033 From: <erin@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500090 ICID 100033 RID 0 To: <heidi0@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500090 ICID 100033 RID 1 To: <frank1@nxdomain.example>
Sun Mar 10 08:00:18 2024 Info: MID 500090 ICID 100033 RID 2 To: <bob2@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500090 Message-ID '<500090.713830302723@gmail.example>'
Sun Mar 10 08:00:18 2024 Info: MID 500090 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:18 2024 Info: MID 500090 ready 93337 bytes from <erin@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500090 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:18 2024 Info: MID 500090 antivirus negative
Sun Mar 10 08:00:18 2024 Info: MID 500090 queued for delivery
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20006 MID 500082 to RID [1]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20006 MID 500082 to RID [1]
Sun Mar 10 08:00:18 2024 Info: MID 500082 RID [1] Response '2.0.0 Ok: queued as BC253D41'
Sun Mar 10 08:00:18 2024 Info: New SMTP ICID 100041 interface Data 1 (10.0.0.25) address 203.0.113.19 reverse dns host mta.strictpartner.example verified yes
Sun Mar 10 08:00:18 2024 Info: ICID 100041 ACCEPT SG PARTNERS_TLS match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:18 2024 Info: ICID 100041 TLS failed
Sun Mar 10 08:00:18 2024 Info: ICID 100041 lost
Sun Mar 10 08:00:18 2024 Info: ICID 100041 TLS was required but remote host did not initiate it
Sun Mar 10 08:00:18 2024 Info: ICID 100041 close
Sun Mar 10 08:00:18 2024 Info: New SMTP DCID 20011 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:00:18 2024 Info: DCID 20011 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:00:18 2024 Info: Delayed: DCID 20011 MID 500077 to RID [3] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:00:18 2024 Info: DCID 20011 close
Sun Mar 10 08:00:18 2024 Info: MID 500077 to RID [3] pending till Sun Mar 10 08:03:13 2024
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20002 MID 500077 to RID [2, 5]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20002 MID 500077 to RID [2, 5]
Sun Mar 10 08:00:18 2024 Info: MID 500077 RID [2, 5] Response '2.0.0 Ok: queued as 441D938A'
Sun Mar 10 08:00:18 2024 Info: ICID 100033 close
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20002 MID 500088 to RID [1]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20002 MID 500088 to RID [1]
Sun Mar 10 08:00:18 2024 Info: MID 500088 RID [1] Response '2.0.0 Ok: queued as A2D2888C'
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20005 MID 500077 to RID [1]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20005 MID 500077 to RID [1]
Sun Mar 10 08:00:18 2024 Info: MID 500077 RID [1] Response '2.0.0 Ok: queued as A9EAC012'
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20003 MID 500081 to RID [1]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20003 MID 500081 to RID [1]
Sun Mar 10 08:00:18 2024 Info: MID 500081 RID [1] Response '2.0.0 Ok: queued as AB26A243'
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20003 MID 500086 to RID [0]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20003 MID 500086 to RID [0]
Sun Mar 10 08:00:18 2024 Info: MID 500086 RID [0] Response '2.0.0 Ok: queued as 94719F'
Sun Mar 10 08:00:18 2024 Info: Message finished MID 500086 done
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20001 MID 500089 to RID [0]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20001 MID 500089 to RID [0]
Sun Mar 10 08:00:18 2024 Info: MID 500089 RID [0] Response '2.0.0 Ok: queued as EC573955'
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20000 MID 500081 to RID [0]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20000 MID 500081 to RID [0]
Sun Mar 10 08:00:18 2024 Info: MID 500081 RID [0] Response '2.0.0 Ok: queued as 13E293F1'
Sun Mar 10 08:00:18 2024 Info: Message finished MID 500081 done
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20002 MID 500084 to RID [0, 1]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20002 MID 500084 to RID [0, 1]
Sun Mar 10 08:00:18 2024 Info: MID 500084 RID [0, 1] Response '2.0.0 Ok: queued as 7C3073ED'
Sun Mar 10 08:00:18 2024 Info: Message finished MID 500084 done
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20001 MID 500085 to RID [1]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20001 MID 500085 to RID [1]
Sun Mar 10 08:00:18 2024 Info: MID 500085 RID [1] Response '2.0.0 Ok: queued as 35A95395'
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20003 MID 500080 to RID [0]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20003 MID 500080 to RID [0]
Sun Mar 10 08:00:18 2024 Info: MID 500080 RID [0] Response '2.0.0 Ok: queued as 950338BD'
Sun Mar 10 08:00:18 2024 Info: Message finished MID 500080 done
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20002 MID 500089 to RID [1, 2]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20002 MID 500089 to RID [1, 2]
Sun Mar 10 08:00:18 2024 Info: MID 500089 RID [1, 2] Response '2.0.0 Ok: queued as 66DC353F'
Sun Mar 10 08:00:18 2024 Info: Message finished MID 500089 done
Sun Mar 10 08:00:19 2024 Info: New SMTP ICID 100042 interface Data 1 (10.0.0.25) address 203.0.113.15 reverse dns host unknown verified no
Sun Mar 10 08:00:19 2024 Info: ICID 100042 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20006 MID 500085 to RID [0]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20006 MID 500085 to RID [0]
Sun Mar 10 08:00:19 2024 Info: MID 500085 RID [0] Response '2.0.0 Ok: queued as A35ACA1C'
Sun Mar 10 08:00:19 2024 Info: Message finished MID 500085 done
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20001 MID 500082 to RID [2, 3, 7]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20001 MID 500082 to RID [2, 3, 7]
Sun Mar 10 08:00:19 2024 Info: MID 500082 RID [2, 3, 7] Response '2.0.0 Ok: queued as FCD109A'
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20002 MID 500087 to RID [0]
Sun Mar 10 08:00:19 2024 Info: Delayed: DCID 20002 MID 500087 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:19 2024 Info: MID 500087 to RID [0] pending till Sun Mar 10 08:04:20 2024
Sun Mar 10 08:00:19 2024 Info: New SMTP ICID 100043 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:19 2024 Info: ICID 100043 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:19 2024 Info: ICID 100043 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:19 2024 Info: Start MID 500091 ICID 100034
Sun Mar 10 08:00:19 2024 Info: MID 500091 ICID 100034 From: <bob@partner-bank.example>
Sun Mar 10 08:00:19 2024 Info: MID 500091 ICID 100034 RID 0 To: <bob0@brokenstarttls.example>
Sun Mar 10 08:00:19 2024 Info: MID 500091 ICID 100034 RID 1 To: <frank1@university.example>
Sun Mar 10 08:00:19 2024 Info: MID 500091 ICID 100034 RID 2 To: <judy2@outlook.example>
Sun Mar 10 08:00:19 2024 Info: MID 500091 Message-ID '<500091.452149110161@partner-bank.example>'
Sun Mar 10 08:00:19 2024 Info: MID 500091 Subject 'Your order has shipped'
Sun Mar 10 08:00:19 2024 Info: MID 500091 ready 354164 bytes from <bob@partner-bank.example>
Sun Mar 10 08:00:19 2024 Info: MID 500091 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:19 2024 Info: MID 500091 antivirus negative
Sun Mar 10 08:00:19 2024 Info: MID 500091 queued for delivery
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20000 MID 500082 to RID [4, 6]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20000 MID 500082 to RID [4, 6]
Sun Mar 10 08:00:19 2024 Info: MID 500082 RID [4, 6] Response '2.0.0 Ok: queued as 4754331D'
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20002 MID 500082 to RID [5]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20002 MID 500082 to RID [5]
Sun Mar 10 08:00:19 2024 Info: MID 500082 RID [5] Response '2.0.0 Ok: queued as 2A717714'
Sun Mar 10 08:00:19 2024 Info: Message finished MID 500082 done
Sun Mar 10 08:00:19 2024 Info: ICID 100034 close
Sun Mar 10 08:00:19 2024 Info: Start MID 500092 ICID 100042
Sun Mar 10 08:00:19 2024 Info: MID 500092 ICID 100042 From: <frank@plainmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500092 ICID 100042 RID 0 To: <dave0@partner-bank.example>
Sun Mar 10 08:00:19 2024 Info: MID 500092 Message-ID '<500092.947604884239@plainmail.example>'
Sun Mar 10 08:00:19 2024 Info: MID 500092 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:19 2024 Info: MID 500092 ready 145389 bytes from <frank@plainmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500092 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:19 2024 Info: MID 500092 antivirus negative
Sun Mar 10 08:00:19 2024 Info: MID 500092 queued for delivery
Sun Mar 10 08:00:19 2024 Info: Bounced: DCID 0 MID 500090 to RID 1 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:19 2024 Info: MID 500093 generated for bounce of MID 500090
Sun Mar 10 08:00:19 2024 Info: Start MID 500093 ICID 0
Sun Mar 10 08:00:19 2024 Info: MID 500093 ICID 0 From: <>
Sun Mar 10 08:00:19 2024 Info: MID 500093 ICID 0 RID 0 To: <erin@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500093 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:19 2024 Info: MID 500093 ready 2177 bytes from <>
Sun Mar 10 08:00:19 2024 Info: MID 500093 queued for delivery
Sun Mar 10 08:00:19 2024 Info: New SMTP DCID 20012 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:00:19 2024 Info: DCID 20012 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:00:19 2024 Info: Delayed: DCID 20012 MID 500088 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:00:19 2024 Info: DCID 20012 close
Sun Mar 10 08:00:19 2024 Info: MID 500088 to RID [0] pending till Sun Mar 10 08:04:17 2024
Sun Mar 10 08:00:19 2024 Info: Start MID 500094 ICID 100036
Sun Mar 10 08:00:19 2024 Info: MID 500094 ICID 100036 From: <carol@outlook.example>
Sun Mar 10 08:00:19 2024 Info: MID 500094 ICID 100036 RID 0 To: <carol0@outlook.example>
Sun Mar 10 08:00:19 2024 Info: MID 500094 ICID 100036 RID 1 To: <grace1@partner-bank.example>
Sun Mar 10 08:00:19 2024 Info: MID 500094 Message-ID '<500094.199601656791@outlook.example>'
Sun Mar 10 08:00:19 2024 Info: MID 500094 Subject 'Password reset'
Sun Mar 10 08:00:19 2024 Info: MID 500094 ready 287614 bytes from <carol@outlook.example>
Sun Mar 10 08:00:19 2024 Info: MID 500094 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:19 2024 Info: MID 500094 antivirus negative
Sun Mar 10 08:00:19 2024 Info: MID 500094 queued for delivery
Sun Mar 10 08:00:19 2024 Info: Start MID 500095 ICID 100038
Sun Mar 10 08:00:19 2024 Info: MID 500095 ICID 100038 From: <bob@newsletter.example>
Sun Mar 10 08:00:19 2024 Info: MID 500095 ICID 100038 RID 0 To: <ivan0@university.example>
Sun Mar 10 08:00:19 2024 Info: MID 500095 ICID 100038 RID 1 To: <judy1@nxdomain.example>
Sun Mar 10 08:00:19 2024 Info: MID 500095 ICID 100038 RID 2 To: <ivan2@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500095 Message-ID '<500095.76499485735@newsletter.example>'
Sun Mar 10 08:00:19 2024 Info: MID 500095 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:19 2024 Info: MID 500095 ready 153385 bytes from <bob@newsletter.example>
Sun Mar 10 08:00:19 2024 Info: MID 500095 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:19 2024 Info: MID 500095 antivirus negative
Sun Mar 10 08:00:19 2024 Info: MID 500095 queued for delivery
Sun Mar 10 08:00:19 2024 Info: ICID 100036 close
Sun Mar 10 08:00:19 2024 Info: Start MID 500096 ICID 100043
Sun Mar 10 08:00:19 2024 Info: MID 500096 ICID 100043 From: <heidi@outlook.example>
Sun Mar 10 08:00:19 2024 Info: MID 500096 ICID 100043 RID 0 To: <grace0@plainmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500096 ICID 100043 RID 1 To: <carol1@brokenstarttls.example>
Sun Mar 10 08:00:19 2024 Info: MID 500096 Message-ID '<500096.439130852019@outlook.example>'
Sun Mar 10 08:00:19 2024 Info: MID 500096 Subject 'Your order has shipped'
Sun Mar 10 08:00:19 2024 Info: MID 500096 ready 366387 bytes from <heidi@outlook.example>
Sun Mar 10 08:00:19 2024 Info: MID 500096 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:19 2024 Info: MID 500096 antivirus negative
Sun Mar 10 08:00:19 2024 Info: MID 500096 queued for delivery
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20001 MID 500090 to RID [0, 2]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20001 MID 500090 to RID [0, 2]
Sun Mar 10 08:00:20 2024 Info: MID 500090 RID [0, 2] Response '2.0.0 Ok: queued as 2F3EDC4E'
Sun Mar 10 08:00:20 2024 Info: Message finished MID 500090 done
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20003 MID 500091 to RID [2]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20003 MID 500091 to RID [2]
Sun Mar 10 08:00:20 2024 Info: MID 500091 RID [2] Response '2.0.0 Ok: queued as AE6EBE5E'
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20002 MID 500094 to RID [1]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20002 MID 500094 to RID [1]
Sun Mar 10 08:00:20 2024 Info: MID 500094 RID [1] Response '2.0.0 Ok: queued as 41CFD5CF'
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20004 MID 500091 to RID [1]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20004 MID 500091 to RID [1]
Sun Mar 10 08:00:20 2024 Info: MID 500091 RID [1] Response '2.0.0 Ok: queued as 177413E0'
Sun Mar 10 08:00:20 2024 Info: Bounced: DCID 0 MID 500095 to RID 1 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:20 2024 Info: MID 500097 generated for bounce of MID 500095
Sun Mar 10 08:00:20 2024 Info: Start MID 500097 ICID 0
Sun Mar 10 08:00:20 2024 Info: MID 500097 ICID 0 From: <>
Sun Mar 10 08:00:20 2024 Info: MID 500097 ICID 0 RID 0 To: <bob@newsletter.example>
Sun Mar 10 08:00:20 2024 Info: MID 500097 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:20 2024 Info: MID 500097 ready 3715 bytes from <>
Sun Mar 10 08:00:20 2024 Info: MID 500097 queued for delivery
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20007 MID 500091 to RID [0]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20007 MID 500091 to RID [0]
Sun Mar 10 08:00:20 2024 Info: MID 500091 RID [0] Response '2.0.0 Ok: queued as 261C746'
Sun Mar 10 08:00:20 2024 Info: Message finished MID 500091 done
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20001 MID 500095 to RID [2]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20001 MID 500095 to RID [2]
Sun Mar 10 08:00:20 2024 Info: MID 500095 RID [2] Response '2.0.0 Ok: queued as 77EFFA8B'
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20003 MID 500094 to RID [0]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20003 MID 500094 to RID [0]
Sun Mar 10 08:00:20 2024 Info: MID 500094 RID [0] Response '2.0.0 Ok: queued as F78D7E01'
Sun Mar 10 08:00:20 2024 Info: Message finished MID 500094 done
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20002 MID 500092 to RID [0]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20002 MID 500092 to RID [0]
Sun Mar 10 08:00:20 2024 Info: MID 500092 RID [0] Response '2.0.0 Ok: queued as 3DA43638'
Sun Mar 10 08:00:20 2024 Info: Message finished MID 500092 done
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20007 MID 500096 to RID [1]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20007 MID 500096 to RID [1]
Sun Mar 10 08:00:21 2024 Info: MID 500096 RID [1] Response '2.0.0 Ok: queued as 7BBF8194'
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20000 MID 500096 to RID [0]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20000 MID 500096 to RID [0]
Sun Mar 10 08:00:21 2024 Info: MID 500096 RID [0] Response '2.0.0 Ok: queued as 430DAE1A'
Sun Mar 10 08:00:21 2024 Info: Message finished MID 500096 done
Sun Mar 10 08:00:21 2024 Info: Start MID 500098 ICID 100038
Sun Mar 10 08:00:21 2024 Info: MID 500098 ICID 100038 From: <bob@newsletter.example>
Sun Mar 10 08:00:21 2024 Info: MID 500098 ICID 100038 RID 0 To: <judy0@partner-bank.example>
Sun Mar 10 08:00:21 2024 Info: MID 500098 ICID 100038 RID 1 To: <carol1@university.example>
Sun Mar 10 08:00:21 2024 Info: MID 500098 ICID 100038 RID 2 To: <grace2@oldcorp.example>
Sun Mar 10 08:00:21 2024 Info: MID 500098 Message-ID '<500098.455558793872@newsletter.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500098 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:21 2024 Info: MID 500098 ready 298181 bytes from <bob@newsletter.example>
Sun Mar 10 08:00:21 2024 Info: MID 500098 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500098 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500098 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Start MID 500099 ICID 100042
Sun Mar 10 08:00:21 2024 Info: MID 500099 ICID 100042 From: <grace@plainmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500099 ICID 100042 RID 0 To: <heidi0@plainmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500099 Message-ID '<500099.394868875266@plainmail.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500099 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:21 2024 Info: MID 500099 ready 157060 bytes from <grace@plainmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500099 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500099 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500099 queued for delivery
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20004 MID 500095 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20004 MID 500095 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500095 RID [0] Response '2.0.0 Ok: queued as EB128E7A'
Sun Mar 10 08:00:22 2024 Info: Message finished MID 500095 done
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20001 MID 500093 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20001 MID 500093 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500093 RID [0] Response '2.0.0 Ok: queued as C6F8AFAE'
Sun Mar 10 08:00:22 2024 Info: Message finished MID 500093 done
Sun Mar 10 08:00:22 2024 Info: ICID 100042 close
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20002 MID 500098 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20002 MID 500098 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500098 RID [0] Response '2.0.0 Ok: queued as DCA32534'
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20000 MID 500099 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20000 MID 500099 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500099 RID [0] Response '2.0.0 Ok: queued as 22631D3'
Sun Mar 10 08:00:22 2024 Info: Message finished MID 500099 done
Sun Mar 10 08:00:22 2024 Info: Start MID 500100 ICID 100038
Sun Mar 10 08:00:22 2024 Info: MID 500100 ICID 100038 From: <carol@newsletter.example>
Sun Mar 10 08:00:22 2024 Info: MID 500100 ICID 100038 RID 0 To: <dave0@legacy-law.example>
Sun Mar 10 08:00:22 2024 Info: MID 500100 Message-ID '<500100.1034789497066@newsletter.example>'
Sun Mar 10 08:00:22 2024 Info: MID 500100 Subject 'Your order has shipped'
Sun Mar 10 08:00:22 2024 Info: MID 500100 ready 116624 bytes from <carol@newsletter.example>
Sun Mar 10 08:00:22 2024 Info: MID 500100 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:22 2024 Info: MID 500100 antivirus negative
Sun Mar 10 08:00:22 2024 Info: MID 500100 queued for delivery
Sun Mar 10 08:00:22 2024 Info: Start MID 500101 ICID 100043
Sun Mar 10 08:00:22 2024 Info: MID 500101 ICID 100043 From: <judy@outlook.example>
Sun Mar 10 08:00:22 2024 Info: MID 500101 ICID 100043 RID 0 To: <heidi0@outlook.example>
Sun Mar 10 08:00:22 2024 Info: MID 500101 Message-ID '<500101.866980453791@outlook.example>'
Sun Mar 10 08:00:22 2024 Info: MID 500101 Subject 'Password reset'
Sun Mar 10 08:00:22 2024 Info: MID 500101 ready 71114 bytes from <judy@outlook.example>
Sun Mar 10 08:00:22 2024 Info: MID 500101 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:22 2024 Info: MID 500101 antivirus negative
Sun Mar 10 08:00:22 2024 Info: MID 500101 queued for delivery
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20000 MID 500097 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20000 MID 500097 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500097 RID [0] Response '2.0.0 Ok: queued as 7BAE6888'
Sun Mar 10 08:00:22 2024 Info: Message finished MID 500097 done
Sun Mar 10 08:00:22 2024 Info: ICID 100043 close
Sun Mar 10 08:00:23 2024 Info: Start MID 500102 ICID 100038
Sun Mar 10 08:00:23 2024 Info: MID 500102 ICID 100038 From: <erin@newsletter.example>
Sun Mar 10 08:00:23 2024 Info: MID 500102 ICID 100038 RID 0 To: <frank0@partner-bank.example>
Sun Mar 10 08:00:23 2024 Info: MID 500102 Message-ID '<500102.884259813703@newsletter.example>'
Sun Mar 10 08:00:23 2024 Info: MID 500102 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:23 2024 Info: MID 500102 ready 388871 bytes from <erin@newsletter.example>
Sun Mar 10 08:00:23 2024 Info: MID 500102 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:23 2024 Info: MID 500102 antivirus negative
Sun Mar 10 08:00:23 2024 Info: MID 500102 queued for delivery
Sun Mar 10 08:00:23 2024 Info: ICID 100038 close
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20002 MID 500102 to RID [0]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20002 MID 500102 to RID [0]
Sun Mar 10 08:00:23 2024 Info: MID 500102 RID [0] Response '2.0.0 Ok: queued as 5F89E2C8'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500102 done
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20005 MID 500098 to RID [2]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20005 MID 500098 to RID [2]
Sun Mar 10 08:00:23 2024 Info: MID 500098 RID [2] Response '2.0.0 Ok: queued as 61681F72'
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20003 MID 500101 to RID [0]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20003 MID 500101 to RID [0]
Sun Mar 10 08:00:23 2024 Info: MID 500101 RID [0] Response '2.0.0 Ok: queued as BAA00A70'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500101 done
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20004 MID 500098 to RID [1]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20004 MID 500098 to RID [1]
Sun Mar 10 08:00:24 2024 Info: MID 500098 RID [1] Response '2.0.0 Ok: queued as C9AF2821'
Sun Mar 10 08:00:24 2024 Info: Message finished MID 500098 done
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20006 MID 500100 to RID [0]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20006 MID 500100 to RID [0]
Sun Mar 10 08:00:24 2024 Info: MID 500100 RID [0] Response '2.0.0 Ok: queued as 89385D81'
Sun Mar 10 08:00:24 2024 Info: Message finished MID 500100 done
Sun Mar 10 08:00:31 2024 Info: DCID 20007 close
Sun Mar 10 08:00:32 2024 Info: DCID 20001 close
Sun Mar 10 08:00:32 2024 Info: DCID 20000 close
Sun Mar 10 08:00:33 2024 Info: DCID 20002 close
Sun Mar 10 08:00:33 2024 Info: DCID 20005 close
Sun Mar 10 08:00:33 2024 Info: DCID 20003 close
Sun Mar 10 08:00:34 2024 Info: DCID 20004 close
Sun Mar 10 08:00:34 2024 Info: DCID 20006 close
Sun Mar 10 08:01:19 2024 Info: New SMTP DCID 20013 interface 10.0.0.26 address 198.51.100.60 port 25
Sun Mar 10 08:01:19 2024 Info: DCID 20013 TLS failed: STARTTLS unexpected response
Sun Mar 10 08:01:19 2024 Info: Delivery start DCID 20013 MID 500055 to RID [0]
Sun Mar 10 08:01:19 2024 Info: Message done DCID 20013 MID 500055 to RID [0]
Sun Mar 10 08:01:19 2024 Info: MID 500055 RID [0] Response '2.0.0 Ok: queued as 2D34F7'
Sun Mar 10 08:01:19 2024 Info: Message finished MID 500055 done
Sun Mar 10 08:01:29 2024 Info: DCID 20013 close
Sun Mar 10 08:01:29 2024 Info: New SMTP DCID 20014 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:01:29 2024 Info: DCID 20014 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:01:29 2024 Info: Delayed: DCID 20014 MID 500063 to RID [1] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:01:29 2024 Info: DCID 20014 close
Sun Mar 10 08:01:29 2024 Info: MID 500063 to RID [1] pending till Sun Mar 10 08:02:51 2024
Sun Mar 10 08:01:38 2024 Info: New SMTP DCID 20015 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:01:38 2024 Info: DCID 20015 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:01:38 2024 Info: Delayed: DCID 20015 MID 500076 to RID [1] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:01:38 2024 Info: DCID 20015 close
Sun Mar 10 08:01:38 2024 Info: MID 500076 to RID [1] pending till Sun Mar 10 08:02:42 2024
Sun Mar 10 08:01:57 2024 Info: New SMTP DCID 20016 interface 10.0.0.26 address 198.51.100.20 port 25
Sun Mar 10 08:01:57 2024 Info: DCID 20016 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:01:57 2024 Info: Delivery start DCID 20016 MID 500028 to RID [1]
Sun Mar 10 08:01:57 2024 Info: Message done DCID 20016 MID 500028 to RID [1]
Sun Mar 10 08:01:57 2024 Info: MID 500028 RID [1] Response '2.0.0 Ok: queued as 4742014'
Sun Mar 10 08:01:57 2024 Info: Message finished MID 500028 done
Sun Mar 10 08:02:07 2024 Info: DCID 20016 close
Sun Mar 10 08:02:31 2024 Info: New SMTP DCID 20017 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:02:31 2024 Info: DCID 20017 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:02:31 2024 Info: Delayed: DCID 20017 MID 500052 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:02:31 2024 Info: DCID 20017 close
Sun Mar 10 08:02:31 2024 Info: MID 500052 to RID [0] pending till Sun Mar 10 08:07:09 2024
Sun Mar 10 08:02:42 2024 Info: New SMTP DCID 20018 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:02:42 2024 Info: DCID 20018 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:02:42 2024 Info: Delayed: DCID 20018 MID 500076 to RID [1] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:02:42 2024 Info: DCID 20018 close
Sun Mar 10 08:02:42 2024 Info: Bounced: DCID 0 MID 500076 to RID 1 - 5.4.7 - Delivery expired (message too old) ('000', ['timeout'])
Sun Mar 10 08:02:42 2024 Info: MID 500103 generated for bounce of MID 500076
Sun Mar 10 08:02:42 2024 Info: Start MID 500103 ICID 0
Sun Mar 10 08:02:42 2024 Info: MID 500103 ICID 0 From: <>
Sun Mar 10 08:02:42 2024 Info: MID 500103 ICID 0 RID 0 To: <erin@resetter.example>
Sun Mar 10 08:02:42 2024 Info: MID 500103 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:02:42 2024 Info: MID 500103 ready 6165 bytes from <>
Sun Mar 10 08:02:42 2024 Info: MID 500103 queued for delivery
Sun Mar 10 08:02:42 2024 Info: Message finished MID 500076 done
Sun Mar 10 08:02:42 2024 Info: New SMTP DCID 20019 interface 10.0.0.26 address 198.51.100.70 port 25
Sun Mar 10 08:02:42 2024 Info: Delivery start DCID 20019 MID 500103 to RID [0]
Sun Mar 10 08:02:42 2024 Info: Message done DCID 20019 MID 500103 to RID [0]
Sun Mar 10 08:02:42 2024 Info: MID 500103 RID [0] Response '2.0.0 Ok: queued as 359D777F'
Sun Mar 10 08:02:42 2024 Info: Message finished MID 500103 done
Sun Mar 10 08:02:49 2024 Info: New SMTP DCID 20020 interface 10.0.0.26 address 198.51.100.90 port 25
Sun Mar 10 08:02:49 2024 Info: DCID 20020 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256 CN=smtp.university.example
Sun Mar 10 08:02:49 2024 Info: Delivery start DCID 20020 MID 500021 to RID [0]
Sun Mar 10 08:02:49 2024 Info: Message done DCID 20020 MID 500021 to RID [0]
Sun Mar 10 08:02:49 2024 Info: MID 500021 RID [0] Response '2.0.0 Ok: queued as 4ED5A4E8'
Sun Mar 10 08:02:49 2024 Info: Message finished MID 500021 done
Sun Mar 10 08:02:51 2024 Info: New SMTP DCID 20021 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:02:51 2024 Info: DCID 20021 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:02:51 2024 Info: Delayed: DCID 20021 MID 500063 to RID [1] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:02:51 2024 Info: DCID 20021 close
Sun Mar 10 08:02:51 2024 Info: Bounced: DCID 0 MID 500063 to RID 1 - 5.4.7 - Delivery expired (message too old) ('000', ['timeout'])
Sun Mar 10 08:02:51 2024 Info: MID 500104 generated for bounce of MID 500063
Sun Mar 10 08:02:51 2024 Info: Start MID 500104 ICID 0
Sun Mar 10 08:02:51 2024 Info: MID 500104 ICID 0 From: <>
Sun Mar 10 08:02:51 2024 Info: MID 500104 ICID 0 RID 0 To: <erin@outlook.example>
Sun Mar 10 08:02:51 2024 Info: MID 500104 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:02:51 2024 Info: MID 500104 ready 8623 bytes from <>
Sun Mar 10 08:02:51 2024 Info: MID 500104 queued for delivery
Sun Mar 10 08:02:51 2024 Info: Message finished MID 500063 done
Sun Mar 10 08:02:52 2024 Info: DCID 20019 close
Sun Mar 10 08:02:53 2024 Info: New SMTP DCID 20022 interface 10.0.0.26 address 198.51.100.30 port 25
Sun Mar 10 08:02:53 2024 Info: DCID 20022 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384
Sun Mar 10 08:02:53 2024 Info: Delivery start DCID 20022 MID 500104 to RID [0]
Sun Mar 10 08:02:53 2024 Info: Message done DCID 20022 MID 500104 to RID [0]
Sun Mar 10 08:02:53 2024 Info: MID 500104 RID [0] Response '2.0.0 Ok: queued as CB6E645C'
Sun Mar 10 08:02:53 2024 Info: Message finished MID 500104 done
Sun Mar 10 08:02:59 2024 Info: DCID 20020 close
Sun Mar 10 08:03:03 2024 Info: DCID 20022 close
Sun Mar 10 08:03:13 2024 Info: New SMTP DCID 20023 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:03:13 2024 Info: DCID 20023 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:03:13 2024 Info: Delayed: DCID 20023 MID 500077 to RID [3] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:03:13 2024 Info: DCID 20023 close
Sun Mar 10 08:03:13 2024 Info: MID 500077 to RID [3] pending till Sun Mar 10 08:05:00 2024
Sun Mar 10 08:04:06 2024 Info: New SMTP DCID 20024 interface 10.0.0.26 address 198.51.100.70 port 25
Sun Mar 10 08:04:06 2024 Info: Delivery start DCID 20024 MID 500060 to RID [0]
Sun Mar 10 08:04:06 2024 Info: Message done DCID 20024 MID 500060 to RID [0]
Sun Mar 10 08:04:06 2024 Info: MID 500060 RID [0] Response '2.0.0 Ok: queued as 6CADC3BE'
Sun Mar 10 08:04:06 2024 Info: Message finished MID 500060 done
Sun Mar 10 08:04:16 2024 Info: DCID 20024 close
Sun Mar 10 08:04:17 2024 Info: New SMTP DCID 20025 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:04:17 2024 Info: DCID 20025 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:04:17 2024 Info: Delayed: DCID 20025 MID 500088 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:04:17 2024 Info: DCID 20025 close
Sun Mar 10 08:04:17 2024 Info: MID 500088 to RID [0] pending till Sun Mar 10 08:05:18 2024
Sun Mar 10 08:04:20 2024 Info: New SMTP DCID 20026 interface 10.0.0.26 address 198.51.100.10 port 25
Sun Mar 10 08:04:20 2024 Info: DCID 20026 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.partner-bank.example
Sun Mar 10 08:04:20 2024 Info: Delivery start DCID 20026 MID 500087 to RID [0]
Sun Mar 10 08:04:20 2024 Info: Message done DCID 20026 MID 500087 to RID [0]
Sun Mar 10 08:04:20 2024 Info: MID 500087 RID [0] Response '2.0.0 Ok: queued as CF4DB874'
Sun Mar 10 08:04:20 2024 Info: Message finished MID 500087 done
Sun Mar 10 08:04:30 2024 Info: DCID 20026 close
Sun Mar 10 08:04:32 2024 Info: New SMTP DCID 20027 interface 10.0.0.26 address 198.51.100.30 port 25
Sun Mar 10 08:04:32 2024 Info: DCID 20027 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384
Sun Mar 10 08:04:32 2024 Info: Delivery start DCID 20027 MID 500008 to RID [1]
Sun Mar 10 08:04:32 2024 Info: Message done DCID 20027 MID 500008 to RID [1]
Sun Mar 10 08:04:32 2024 Info: MID 500008 RID [1] Response '2.0.0 Ok: queued as DEF7DA09'
Sun Mar 10 08:04:32 2024 Info: Message finished MID 500008 done
Sun Mar 10 08:04:34 2024 Info: New SMTP DCID 20028 interface 10.0.0.26 address 198.51.100.50 port 25
Sun Mar 10 08:04:34 2024 Info: DCID 20028 TLS success protocol TLSv1.1 cipher DES-CBC3-SHA
Sun Mar 10 08:04:34 2024 Info: Delivery start DCID 20028 MID 500048 to RID [0]
Sun Mar 10 08:04:34 2024 Info: Message done DCID 20028 MID 500048 to RID [0]
Sun Mar 10 08:04:34 2024 Info: MID 500048 RID [0] Response '2.0.0 Ok: queued as 4057FDA3'
Sun Mar 10 08:04:34 2024 Info: Message finished MID 500048 done
Sun Mar 10 08:04:42 2024 Info: DCID 20027 close
Sun Mar 10 08:04:44 2024 Info: DCID 20028 close
Sun Mar 10 08:05:00 2024 Info: New SMTP DCID 20029 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:05:00 2024 Info: DCID 20029 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:05:00 2024 Info: Delayed: DCID 20029 MID 500077 to RID [3] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:05:00 2024 Info: DCID 20029 close
Sun Mar 10 08:05:00 2024 Info: Bounced: DCID 0 MID 500077 to RID 3 - 5.4.7 - Delivery expired (message too old) ('000', ['timeout'])
Sun Mar 10 08:05:00 2024 Info: MID 500105 generated for bounce of MID 500077
Sun Mar 10 08:05:00 2024 Info: Start MID 500105 ICID 0
Sun Mar 10 08:05:00 2024 Info: MID 500105 ICID 0 From: <>
Sun Mar 10 08:05:00 2024 Info: MID 500105 ICID 0 RID 0 To: <grace@partner-bank.example>
Sun Mar 10 08:05:00 2024 Info: MID 500105 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:05:00 2024 Info: MID 500105 ready 8614 bytes from <>
Sun Mar 10 08:05:00 2024 Info: MID 500105 queued for delivery
Sun Mar 10 08:05:00 2024 Info: Message finished MID 500077 done
Sun Mar 10 08:05:02 2024 Info: New SMTP DCID 20030 interface 10.0.0.26 address 198.51.100.10 port 25
Sun Mar 10 08:05:02 2024 Info: DCID 20030 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.partner-bank.example
Sun Mar 10 08:05:02 2024 Info: Delivery start DCID 20030 MID 500105 to RID [0]
Sun Mar 10 08:05:02 2024 Info: Message done DCID 20030 MID 500105 to RID [0]
Sun Mar 10 08:05:02 2024 Info: MID 500105 RID [0] Response '2.0.0 Ok: queued as 1FA10A27'
Sun Mar 10 08:05:02 2024 Info: Message finished MID 500105 done
Sun Mar 10 08:05:12 2024 Info: DCID 20030 close
Sun Mar 10 08:05:18 2024 Info: New SMTP DCID 20031 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:05:18 2024 Info: DCID 20031 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:05:18 2024 Info: Delayed: DCID 20031 MID 500088 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:05:18 2024 Info: DCID 20031 close
Sun Mar 10 08:05:18 2024 Info: Bounced: DCID 0 MID 500088 to RID 0 - 5.4.7 - Delivery expired (message too old) ('000', ['timeout'])
Sun Mar 10 08:05:18 2024 Info: MID 500106 generated for bounce of MID 500088
Sun Mar 10 08:05:18 2024 Info: Start MID 500106 ICID 0
Sun Mar 10 08:05:18 2024 Info: MID 500106 ICID 0 From: <>
Sun Mar 10 08:05:18 2024 Info: MID 500106 ICID 0 RID 0 To: <alice@partner-bank.example>
Sun Mar 10 08:05:18 2024 Info: MID 500106 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:05:18 2024 Info: MID 500106 ready 2105 bytes from <>
Sun Mar 10 08:05:18 2024 Info: MID 500106 queued for delivery
Sun Mar 10 08:05:18 2024 Info: Message finished MID 500088 done
Sun Mar 10 08:05:20 2024 Info: New SMTP DCID 20032 interface 10.0.0.26 address 198.51.100.10 port 25
Sun Mar 10 08:05:20 2024 Info: DCID 20032 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.partner-bank.example
Sun Mar 10 08:05:20 2024 Info: Delivery start DCID 20032 MID 500106 to RID [0]
Sun Mar 10 08:05:20 2024 Info: Message done DCID 20032 MID 500106 to RID [0]
Sun Mar 10 08:05:20 2024 Info: MID 500106 RID [0] Response '2.0.0 Ok: queued as 838BBA5E'
Sun Mar 10 08:05:20 2024 Info: Message finished MID 500106 done
Sun Mar 10 08:05:30 2024 Info: DCID 20032 close
Sun Mar 10 08:07:09 2024 Info: New SMTP DCID 20033 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:07:09 2024 Info: DCID 20033 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:07:09 2024 Info: Delayed: DCID 20033 MID 500052 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:07:09 2024 Info: DCID 20033 close
Sun Mar 10 08:07:09 2024 Info: Bounced: DCID 0 MID 500052 to RID 0 - 5.4.7 - Delivery expired (message too old) ('000', ['timeout'])
Sun Mar 10 08:07:09 2024 Info: MID 500107 generated for bounce of MID 500052
Sun Mar 10 08:07:09 2024 Info: Start MID 500107 ICID 0
Sun Mar 10 08:07:09 2024 Info: MID 500107 ICID 0 From: <>
Sun Mar 10 08:07:09 2024 Info: MID 500107 ICID 0 RID 0 To: <grace@plainmail.example>
Sun Mar 10 08:07:09 2024 Info: MID 500107 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:07:09 2024 Info: MID 500107 ready 4107 bytes from <>
Sun Mar 10 08:07:09 2024 Info: MID 500107 queued for delivery
Sun Mar 10 08:07:09 2024 Info: Message finished MID 500052 done
Sun Mar 10 08:07:10 2024 Info: New SMTP DCID 20034 interface 10.0.0.26 address 198.51.100.70 port 25
Sun Mar 10 08:07:10 2024 Info: Delivery start DCID 20034 MID 500107 to RID [0]
Sun Mar 10 08:07:10 2024 Info: Message done DCID 20034 MID 500107 to RID [0]
Sun Mar 10 08:07:10 2024 Info: MID 500107 RID [0] Response '2.0.0 Ok: queued as C2A87531'
Sun Mar 10 08:07:10 2024 Info: Message finished MID 500107 done
Sun Mar 10 08:07:20 2024 Info: DCID 20034 close
