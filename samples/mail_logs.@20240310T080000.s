Sun Mar 10 08:00:00 2024 Info: Begin Logfile
Sun Mar 10 08:00:00 2024 Info: Version: 15.0.1-030 SN: 4229ABCDEF0123456789-0A1B2C3D4E5F
Sun Mar 10 08:00:00 2024 Info: Time offset from UTC: -18000 seconds
Sun Mar 10 08:00:01 2024 Info: New SMTP ICID 100002 interface Data 1 (10.0.0.25) address 203.0.113.15 reverse dns host unknown verified no
Sun Mar 10 08:00:01 2024 Info: ICID 100002 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:01 2024 Info: New SMTP ICID 100003 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:01 2024 Info: ICID 100003 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:01 2024 Info: ICID 100003 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:01 2024 Info: New SMTP ICID 100004 interface Data 1 (10.0.0.25) address 203.0.113.17 reverse dns host smtp.flaky.example verified yes
Sun Mar 10 08:00:01 2024 Info: ICID 100004 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:01 2024 Info: ICID 100004 TLS failed
Sun Mar 10 08:00:01 2024 Info: Start MID 500002 ICID 100004
Sun Mar 10 08:00:01 2024 Info: MID 500002 ICID 100004 From: <alice@flaky.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 ICID 100004 RID 0 To: <alice0@oldcorp.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 ICID 100004 RID 1 To: <carol1@plainmail.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 ICID 100004 RID 2 To: <dave2@outlook.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 Message-ID '<500002.1019821409959@flaky.example>'
Sun Mar 10 08:00:01 2024 Info: MID 500002 Subject 'Password reset'
Sun Mar 10 08:00:01 2024 Info: MID 500002 ready 375403 bytes from <alice@flaky.example>
Sun Mar 10 08:00:01 2024 Info: MID 500002 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:01 2024 Info: MID 500002 antivirus negative
Sun Mar 10 08:00:01 2024 Info: MID 500002 queued for delivery
Sun Mar 10 08:00:01 2024 Info: New SMTP ICID 100005 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host unknown verified no
Sun Mar 10 08:00:01 2024 Info: ICID 100005 REJECT SG BLOCKLIST match sbrs[-10.0:-3.0] SBRS -7.2 country Nowhere
Sun Mar 10 08:00:01 2024 Info: ICID 100005 close
Sun Mar 10 08:00:02 2024 Info: Start MID 500003 ICID 100002
Sun Mar 10 08:00:02 2024 Info: MID 500003 ICID 100002 From: <grace@plainmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500003 ICID 100002 RID 0 To: <heidi0@university.example>
Sun Mar 10 08:00:02 2024 Info: MID 500003 ICID 100002 RID 1 To: <heidi1@partner-bank.example>
Sun Mar 10 08:00:02 2024 Info: MID 500003 ICID 100002 RID 2 To: <erin2@plainmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500003 Message-ID '<500003.324229493867@plainmail.example>'
Sun Mar 10 08:00:02 2024 Info: MID 500003 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:02 2024 Info: MID 500003 ready 177970 bytes from <grace@plainmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500003 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:02 2024 Info: MID 500003 antivirus negative
Sun Mar 10 08:00:02 2024 Info: MID 500003 queued for delivery
Sun Mar 10 08:00:02 2024 Info: New SMTP ICID 100006 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:02 2024 Info: ICID 100006 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:02 2024 Info: ICID 100006 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:02 2024 Info: New SMTP DCID 20000 interface 10.0.0.26 address 198.51.100.10 port 25
Sun Mar 10 08:00:02 2024 Info: DCID 20000 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.partner-bank.example
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20000 MID 500001 to RID [0, 1]
Sun Mar 10 08:00:02 2024 Info: Message done DCID 20000 MID 500001 to RID [0, 1]
Sun Mar 10 08:00:02 2024 Info: MID 500001 RID [0, 1] Response '2.0.0 Ok: queued as 107EABD6'
Sun Mar 10 08:00:02 2024 Info: Message finished MID 500001 done
Sun Mar 10 08:00:02 2024 Info: Start MID 500004 ICID 100000
Sun Mar 10 08:00:02 2024 Info: MID 500004 ICID 100000 From: <ivan@partner-bank.example>
Sun Mar 10 08:00:02 2024 Info: MID 500004 ICID 100000 RID 0 To: <dave0@university.example>
Sun Mar 10 08:00:02 2024 Info: MID 500004 ICID 100000 RID 1 To: <erin1@outlook.example>
Sun Mar 10 08:00:02 2024 Info: MID 500004 ICID 100000 RID 2 To: <ivan2@partner-bank.example>
Sun Mar 10 08:00:02 2024 Info: MID 500004 Message-ID '<500004.919598079928@partner-bank.example>'
Sun Mar 10 08:00:02 2024 Info: MID 500004 Subject 'Quarterly report'
Sun Mar 10 08:00:02 2024 Info: MID 500004 ready 9370 bytes from <ivan@partner-bank.example>
Sun Mar 10 08:00:02 2024 Info: MID 500004 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:02 2024 Info: MID 500004 antivirus negative
Sun Mar 10 08:00:02 2024 Info: MID 500004 queued for delivery
Sun Mar 10 08:00:02 2024 Info: ICID 100000 close
Sun Mar 10 08:00:02 2024 Info: Start MID 500006 ICID 100003
Sun Mar 10 08:00:02 2024 Info: MID 500006 ICID 100003 From: <judy@gmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500006 ICID 100003 RID 0 To: <heidi0@legacy-law.example>
Sun Mar 10 08:00:02 2024 Info: MID 500006 ICID 100003 RID 1 To: <dave1@partner-bank.example>
Sun Mar 10 08:00:02 2024 Info: MID 500006 Message-ID '<500006.196652356645@gmail.example>'
Sun Mar 10 08:00:02 2024 Info: MID 500006 Subject 'Meeting notes'
Sun Mar 10 08:00:02 2024 Info: MID 500006 ready 190086 bytes from <judy@gmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500006 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:02 2024 Info: MID 500006 antivirus negative
Sun Mar 10 08:00:02 2024 Info: MID 500006 queued for delivery
Sun Mar 10 08:00:02 2024 Info: ICID 100002 close
Sun Mar 10 08:00:02 2024 Info: DCID 20001 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:02 2024 Info: New SMTP DCID 20001 interface 10.0.0.26 address 198.51.100.20 port 25
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20001 MID 500000 to RID [0, 2]
Sun Mar 10 08:00:02 2024 Info: Message done DCID 20001 MID 500000 to RID [0, 2]
Sun Mar 10 08:00:02 2024 Info: MID 500000 RID [0, 2] Response '2.0.0 Ok: queued as 3B2F3490'
Sun Mar 10 08:00:02 2024 Info: Start MID 500007 ICID 100001
Sun Mar 10 08:00:02 2024 Info: MID 500007 ICID 100001 From: <alice@gmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500007 ICID 100001 RID 0 To: <ivan0@outlook.example>
Sun Mar 10 08:00:02 2024 Info: MID 500007 ICID 100001 RID 1 To: <ivan1@outlook.example>
Sun Mar 10 08:00:02 2024 Info: MID 500007 Message-ID '<500007.492321325787@gmail.example>'
Sun Mar 10 08:00:02 2024 Info: MID 500007 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:02 2024 Info: MID 500007 ready 12086 bytes from <alice@gmail.example>
Sun Mar 10 08:00:02 2024 Info: MID 500007 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:02 2024 Info: MID 500007 antivirus negative
Sun Mar 10 08:00:02 2024 Info: MID 500007 queued for delivery
Sun Mar 10 08:00:02 2024 Info: New SMTP ICID 100007 interface Data 1 (10.0.0.25) address 203.0.113.17 reverse dns host smtp.flaky.example verified yes
Sun Mar 10 08:00:02 2024 Info: ICID 100007 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:02 2024 Info: ICID 100007 TLS failed
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20000 MID 500005 to RID [2]
Sun Mar 10 08:00:02 2024 Info: MID 500004 rewritten to MID 500005 by antispam (alt-rcpt-to) filter 'unknown'
Sun Mar 10 08:00:02 2024 Info: Message finished MID 500004 done
Sun Mar 10 08:00:02 2024 Info: Message done DCID 20000 MID 500005 to RID [2]
Sun Mar 10 08:00:02 2024 Info: MID 500005 RID [2] Response '2.0.0 Ok: queued as 81BFC2FA'
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20000 MID 500000 to RID [1]
Sun Mar 10 08:00:02 2024 Info: Delayed: DCID 20000 MID 500000 to RID 1 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:02 2024 Info: MID 500000 to RID [1] pending till Sun Mar 10 08:04:51 2024
Sun Mar 10 08:00:02 2024 Info: New SMTP DCID 20002 interface 10.0.0.26 address 198.51.100.40 port 25
Sun Mar 10 08:00:02 2024 Info: DCID 20002 TLS success protocol TLSv1 cipher AES128-SHA CN=mail.oldcorp.example
Sun Mar 10 08:00:02 2024 Info: Delivery start DCID 20002 MID 500002 to RID [0]
Sun Mar 10 08:00:02 2024 Info: Message done DCID 20002 MID 500002 to RID [0]
Sun Mar 10 08:00:02 2024 Info: MID 500002 RID [0] Response '2.0.0 Ok: queued as 8981BDA0'
Sun Mar 10 08:00:03 2024 Info: Start MID 500008 ICID 100006
Sun Mar 10 08:00:03 2024 Info: MID 500008 ICID 100006 From: <frank@outlook.example>
Sun Mar 10 08:00:03 2024 Info: MID 500008 ICID 100006 RID 0 To: <grace0@outlook.example>
Sun Mar 10 08:00:03 2024 Info: MID 500008 Message-ID '<500008.507938836180@outlook.example>'
Sun Mar 10 08:00:03 2024 Info: MID 500008 Subject 'Your order has shipped'
Sun Mar 10 08:00:03 2024 Info: MID 500008 ready 230640 bytes from <frank@outlook.example>
Sun Mar 10 08:00:03 2024 Info: MID 500008 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:03 2024 Info: MID 500008 antivirus negative
Sun Mar 10 08:00:03 2024 Info: MID 500008 queued for delivery
Sun Mar 10 08:00:03 2024 Info: New SMTP DCID 20003 interface 10.0.0.26 address 198.51.100.30 port 25
Sun Mar 10 08:00:03 2024 Info: DCID 20003 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384
Sun Mar 10 08:00:03 2024 Info: Delivery start DCID 20003 MID 500002 to RID [2]
Sun Mar 10 08:00:03 2024 Info: Message done DCID 20003 MID 500002 to RID [2]
Sun Mar 10 08:00:03 2024 Info: MID 500002 RID [2] Response '2.0.0 Ok: queued as 667E5B7D'
Sun Mar 10 08:00:03 2024 Info: New SMTP ICID 100008 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:03 2024 Info: ICID 100008 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:03 2024 Info: ICID 100008 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:03 2024 Info: Start MID 500009 ICID 100007
Sun Mar 10 08:00:03 2024 Info: MID 500009 ICID 100007 From: <erin@flaky.example>
Sun Mar 10 08:00:03 2024 Info: MID 500009 ICID 100007 RID 0 To: <erin0@gmail.example>
Sun Mar 10 08:00:03 2024 Info: MID 500009 Message-ID '<500009.996767184560@flaky.example>'
Sun Mar 10 08:00:03 2024 Info: MID 500009 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:03 2024 Info: MID 500009 ready 347208 bytes from <erin@flaky.example>
Sun Mar 10 08:00:03 2024 Info: MID 500009 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:03 2024 Info: MID 500009 antivirus negative
Sun Mar 10 08:00:03 2024 Info: MID 500009 queued for delivery
Sun Mar 10 08:00:03 2024 Info: Delivery start DCID 20003 MID 500005 to RID [1]
Sun Mar 10 08:00:03 2024 Info: Message done DCID 20003 MID 500005 to RID [1]
Sun Mar 10 08:00:03 2024 Info: MID 500005 RID [1] Response '2.0.0 Ok: queued as 35044190'
Sun Mar 10 08:00:03 2024 Info: New SMTP ICID 100009 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:03 2024 Info: ICID 100009 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:03 2024 Info: ICID 100009 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:03 2024 Info: ICID 100007 close
Sun Mar 10 08:00:03 2024 Info: New SMTP DCID 20004 interface 10.0.0.26 address 198.51.100.50 port 25
Sun Mar 10 08:00:03 2024 Info: DCID 20004 TLS success protocol TLSv1.1 cipher DES-CBC3-SHA
Sun Mar 10 08:00:03 2024 Info: Delivery start DCID 20004 MID 500006 to RID [0]
Sun Mar 10 08:00:03 2024 Info: Message done DCID 20004 MID 500006 to RID [0]
Sun Mar 10 08:00:03 2024 Info: MID 500006 RID [0] Response '2.0.0 Ok: queued as 2CA7CBCB'
Sun Mar 10 08:00:03 2024 Info: New SMTP DCID 20005 interface 10.0.0.26 address 198.51.100.90 port 25
Sun Mar 10 08:00:03 2024 Info: DCID 20005 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256 CN=smtp.university.example
Sun Mar 10 08:00:03 2024 Info: Delivery start DCID 20005 MID 500005 to RID [0]
Sun Mar 10 08:00:03 2024 Info: Message done DCID 20005 MID 500005 to RID [0]
Sun Mar 10 08:00:03 2024 Info: MID 500005 RID [0] Response '2.0.0 Ok: queued as 3A0585F7'
Sun Mar 10 08:00:03 2024 Info: Message finished MID 500005 done
Sun Mar 10 08:00:03 2024 Info: Delivery start DCID 20005 MID 500003 to RID [0]
Sun Mar 10 08:00:03 2024 Info: Message done DCID 20005 MID 500003 to RID [0]
Sun Mar 10 08:00:03 2024 Info: MID 500003 RID [0] Response '2.0.0 Ok: queued as 510CCF33'
Sun Mar 10 08:00:03 2024 Info: New SMTP ICID 100010 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host unknown verified no
Sun Mar 10 08:00:03 2024 Info: ICID 100010 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:03 2024 Info: Delivery start DCID 20000 MID 500003 to RID [1]
Sun Mar 10 08:00:03 2024 Info: Message done DCID 20000 MID 500003 to RID [1]
Sun Mar 10 08:00:03 2024 Info: MID 500003 RID [1] Response '2.0.0 Ok: queued as 62E7B91B'
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20001 MID 500009 to RID [0]
Sun Mar 10 08:00:04 2024 Info: Delayed: DCID 20001 MID 500009 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:04 2024 Info: MID 500009 to RID [0] pending till Sun Mar 10 08:04:46 2024
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20000 MID 500006 to RID [1]
Sun Mar 10 08:00:04 2024 Info: Message done DCID 20000 MID 500006 to RID [1]
Sun Mar 10 08:00:04 2024 Info: MID 500006 RID [1] Response '2.0.0 Ok: queued as 984684EC'
Sun Mar 10 08:00:04 2024 Info: Message finished MID 500006 done
Sun Mar 10 08:00:04 2024 Info: New SMTP DCID 20006 interface 10.0.0.26 address 198.51.100.70 port 25
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20006 MID 500002 to RID [1]
Sun Mar 10 08:00:04 2024 Info: Message done DCID 20006 MID 500002 to RID [1]
Sun Mar 10 08:00:04 2024 Info: MID 500002 RID [1] Response '2.0.0 Ok: queued as B93FE0F8'
Sun Mar 10 08:00:04 2024 Info: Message finished MID 500002 done
Sun Mar 10 08:00:04 2024 Info: Start MID 500010 ICID 100009
Sun Mar 10 08:00:04 2024 Info: MID 500010 ICID 100009 From: <bob@outlook.example>
Sun Mar 10 08:00:04 2024 Info: MID 500010 ICID 100009 RID 0 To: <ivan0@oldcorp.example>
Sun Mar 10 08:00:04 2024 Info: MID 500010 Message-ID '<500010.216716079350@outlook.example>'
Sun Mar 10 08:00:04 2024 Info: MID 500010 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:04 2024 Info: MID 500010 ready 332906 bytes from <bob@outlook.example>
Sun Mar 10 08:00:04 2024 Info: MID 500010 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:04 2024 Info: MID 500010 antivirus negative
Sun Mar 10 08:00:04 2024 Info: MID 500010 queued for delivery
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20006 MID 500003 to RID [2]
Sun Mar 10 08:00:04 2024 Info: Message done DCID 20006 MID 500003 to RID [2]
Sun Mar 10 08:00:04 2024 Info: MID 500003 RID [2] Response '2.0.0 Ok: queued as B765016A'
Sun Mar 10 08:00:04 2024 Info: Message finished MID 500003 done
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20003 MID 500008 to RID [0]
Sun Mar 10 08:00:04 2024 Info: Message done DCID 20003 MID 500008 to RID [0]
Sun Mar 10 08:00:04 2024 Info: MID 500008 RID [0] Response '2.0.0 Ok: queued as 7A55623B'
Sun Mar 10 08:00:04 2024 Info: Message finished MID 500008 done
Sun Mar 10 08:00:04 2024 Info: Start MID 500011 ICID 100008
Sun Mar 10 08:00:04 2024 Info: MID 500011 ICID 100008 From: <heidi@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500011 ICID 100008 RID 0 To: <ivan0@outlook.example>
Sun Mar 10 08:00:04 2024 Info: MID 500011 ICID 100008 RID 1 To: <frank1@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500011 ICID 100008 RID 2 To: <carol2@university.example>
Sun Mar 10 08:00:04 2024 Info: MID 500011 Message-ID '<500011.1040836510934@gmail.example>'
Sun Mar 10 08:00:04 2024 Info: MID 500011 Subject 'Newsletter March'
Sun Mar 10 08:00:04 2024 Info: MID 500011 ready 397391 bytes from <heidi@gmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500011 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:04 2024 Info: MID 500011 antivirus negative
Sun Mar 10 08:00:04 2024 Info: MID 500011 queued for delivery
Sun Mar 10 08:00:04 2024 Info: Start MID 500012 ICID 100004
Sun Mar 10 08:00:04 2024 Info: MID 500012 ICID 100004 From: <dave@flaky.example>
Sun Mar 10 08:00:04 2024 Info: MID 500012 ICID 100004 RID 0 To: <alice0@outlook.example>
Sun Mar 10 08:00:04 2024 Info: MID 500012 ICID 100004 RID 1 To: <carol1@partner-bank.example>
Sun Mar 10 08:00:04 2024 Info: MID 500012 Message-ID '<500012.880638068719@flaky.example>'
Sun Mar 10 08:00:04 2024 Info: MID 500012 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:04 2024 Info: MID 500012 ready 255082 bytes from <dave@flaky.example>
Sun Mar 10 08:00:04 2024 Info: MID 500012 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:04 2024 Info: MID 500012 antivirus negative
Sun Mar 10 08:00:04 2024 Info: MID 500012 queued for delivery
Sun Mar 10 08:00:04 2024 Info: New SMTP ICID 100011 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:04 2024 Info: ICID 100011 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:04 2024 Info: ICID 100011 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:04 2024 Info: ICID 100004 close
Sun Mar 10 08:00:04 2024 Info: Start MID 500013 ICID 100010
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100010 From: <bob@spammer.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100010 RID 0 To: <dave0@university.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 ICID 100010 RID 1 To: <alice1@plainmail.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 Message-ID '<500013.33174840532@spammer.example>'
Sun Mar 10 08:00:04 2024 Info: MID 500013 Subject 'Newsletter March'
Sun Mar 10 08:00:04 2024 Info: MID 500013 ready 68497 bytes from <bob@spammer.example>
Sun Mar 10 08:00:04 2024 Info: MID 500013 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:04 2024 Info: Message aborted MID 500013 Receiving aborted
Sun Mar 10 08:00:04 2024 Info: Delivery start DCID 20003 MID 500007 to RID [0, 1]
Sun Mar 10 08:00:04 2024 Info: Message done DCID 20003 MID 500007 to RID [0, 1]
Sun Mar 10 08:00:04 2024 Info: MID 500007 RID [0, 1] Response '2.0.0 Ok: queued as E5B56BB1'
Sun Mar 10 08:00:04 2024 Info: Message finished MID 500007 done
Sun Mar 10 08:00:05 2024 Info: Start MID 500014 ICID 100001
Sun Mar 10 08:00:05 2024 Info: MID 500014 ICID 100001 From: <judy@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500014 ICID 100001 RID 0 To: <bob0@university.example>
Sun Mar 10 08:00:05 2024 Info: MID 500014 ICID 100001 RID 1 To: <alice1@outlook.example>
Sun Mar 10 08:00:05 2024 Info: MID 500014 Message-ID '<500014.1078962632142@gmail.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500014 Subject 'Newsletter March'
Sun Mar 10 08:00:05 2024 Info: MID 500014 ready 361108 bytes from <judy@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500014 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: Message aborted MID 500014 Receiving aborted
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20003 MID 500012 to RID [0]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20003 MID 500012 to RID [0]
Sun Mar 10 08:00:05 2024 Info: MID 500012 RID [0] Response '2.0.0 Ok: queued as 3F0EA1CA'
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20005 MID 500011 to RID [2]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20005 MID 500011 to RID [2]
Sun Mar 10 08:00:05 2024 Info: MID 500011 RID [2] Response '2.0.0 Ok: queued as 78436A89'
Sun Mar 10 08:00:05 2024 Info: New SMTP ICID 100012 interface Data 1 (10.0.0.25) address 203.0.113.15 reverse dns host unknown verified no
Sun Mar 10 08:00:05 2024 Info: ICID 100012 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:05 2024 Info: Start MID 500015 ICID 100011
Sun Mar 10 08:00:05 2024 Info: MID 500015 ICID 100011 From: <frank@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500015 ICID 100011 RID 0 To: <judy0@plainmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500015 ICID 100011 RID 1 To: <ivan1@brokenstarttls.example>
Sun Mar 10 08:00:05 2024 Info: MID 500015 Message-ID '<500015.367581735959@gmail.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500015 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:05 2024 Info: MID 500015 ready 365278 bytes from <frank@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500015 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500015 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500015 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20000 MID 500012 to RID [1]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20000 MID 500012 to RID [1]
Sun Mar 10 08:00:05 2024 Info: MID 500012 RID [1] Response '2.0.0 Ok: queued as E07AE300'
Sun Mar 10 08:00:05 2024 Info: Message finished MID 500012 done
Sun Mar 10 08:00:05 2024 Info: Start MID 500016 ICID 100003
Sun Mar 10 08:00:05 2024 Info: MID 500016 ICID 100003 From: <judy@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500016 ICID 100003 RID 0 To: <grace0@partner-bank.example>
Sun Mar 10 08:00:05 2024 Info: MID 500016 Message-ID '<500016.406725834932@gmail.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500016 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:05 2024 Info: MID 500016 ready 250329 bytes from <judy@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500016 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500016 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500016 queued for delivery
Sun Mar 10 08:00:05 2024 Info: ICID 100001 close
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20003 MID 500011 to RID [0]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20003 MID 500011 to RID [0]
Sun Mar 10 08:00:05 2024 Info: MID 500011 RID [0] Response '2.0.0 Ok: queued as 63EE344D'
Sun Mar 10 08:00:05 2024 Info: Start MID 500017 ICID 100010
Sun Mar 10 08:00:05 2024 Info: MID 500017 ICID 100010 From: <ivan@spammer.example>
Sun Mar 10 08:00:05 2024 Info: MID 500017 ICID 100010 RID 0 To: <ivan0@partner-bank.example>
Sun Mar 10 08:00:05 2024 Info: MID 500017 ICID 100010 RID 1 To: <erin1@partner-bank.example>
Sun Mar 10 08:00:05 2024 Info: MID 500017 ICID 100010 RID 2 To: <grace2@outlook.example>
Sun Mar 10 08:00:05 2024 Info: MID 500017 Message-ID '<500017.251820949706@spammer.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500017 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:05 2024 Info: MID 500017 ready 291078 bytes from <ivan@spammer.example>
Sun Mar 10 08:00:05 2024 Info: MID 500017 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500017 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500017 queued for delivery
Sun Mar 10 08:00:05 2024 Info: ICID 100003 close
Sun Mar 10 08:00:05 2024 Info: Start MID 500018 ICID 100008
Sun Mar 10 08:00:05 2024 Info: MID 500018 ICID 100008 From: <heidi@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 ICID 100008 RID 0 To: <heidi0@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 ICID 100008 RID 1 To: <erin1@partner-bank.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 Message-ID '<500018.623786957908@gmail.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500018 Subject 'Meeting notes'
Sun Mar 10 08:00:05 2024 Info: MID 500018 ready 346591 bytes from <heidi@gmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500018 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500018 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500018 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Start MID 500019 ICID 100012
Sun Mar 10 08:00:05 2024 Info: MID 500019 ICID 100012 From: <ivan@plainmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500019 ICID 100012 RID 0 To: <erin0@outlook.example>
Sun Mar 10 08:00:05 2024 Info: MID 500019 ICID 100012 RID 1 To: <bob1@plainmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500019 ICID 100012 RID 2 To: <frank2@outlook.example>
Sun Mar 10 08:00:05 2024 Info: MID 500019 Message-ID '<500019.366521978397@plainmail.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500019 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:05 2024 Info: MID 500019 ready 195132 bytes from <ivan@plainmail.example>
Sun Mar 10 08:00:05 2024 Info: MID 500019 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500019 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500019 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20002 MID 500010 to RID [0]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20002 MID 500010 to RID [0]
Sun Mar 10 08:00:05 2024 Info: MID 500010 RID [0] Response '2.0.0 Ok: queued as 719394FB'
Sun Mar 10 08:00:05 2024 Info: Message finished MID 500010 done
Sun Mar 10 08:00:05 2024 Info: New SMTP ICID 100013 interface Data 1 (10.0.0.25) address 203.0.113.16 reverse dns host bulk.newsletter.example verified yes
Sun Mar 10 08:00:05 2024 Info: ICID 100013 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:05 2024 Info: Start MID 500020 ICID 100010
Sun Mar 10 08:00:05 2024 Info: MID 500020 ICID 100010 From: <frank@spammer.example>
Sun Mar 10 08:00:05 2024 Info: MID 500020 ICID 100010 RID 0 To: <alice0@partner-bank.example>
Sun Mar 10 08:00:05 2024 Info: MID 500020 Message-ID '<500020.650802082606@spammer.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500020 Subject 'Newsletter March'
Sun Mar 10 08:00:05 2024 Info: MID 500020 ready 359022 bytes from <frank@spammer.example>
Sun Mar 10 08:00:05 2024 Info: MID 500020 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500020 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500020 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Start MID 500021 ICID 100009
Sun Mar 10 08:00:05 2024 Info: MID 500021 ICID 100009 From: <dave@outlook.example>
Sun Mar 10 08:00:05 2024 Info: MID 500021 ICID 100009 RID 0 To: <dave0@partner-bank.example>
Sun Mar 10 08:00:05 2024 Info: MID 500021 Message-ID '<500021.971651951587@outlook.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500021 Subject 'Your order has shipped'
Sun Mar 10 08:00:05 2024 Info: MID 500021 ready 117355 bytes from <dave@outlook.example>
Sun Mar 10 08:00:05 2024 Info: MID 500021 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500021 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500021 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Start MID 500022 ICID 100013
Sun Mar 10 08:00:05 2024 Info: MID 500022 ICID 100013 From: <bob@newsletter.example>
Sun Mar 10 08:00:05 2024 Info: MID 500022 ICID 100013 RID 0 To: <ivan0@oldcorp.example>
Sun Mar 10 08:00:05 2024 Info: MID 500022 ICID 100013 RID 1 To: <frank1@brokenstarttls.example>
Sun Mar 10 08:00:05 2024 Info: MID 500022 Message-ID '<500022.876958422463@newsletter.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500022 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:05 2024 Info: MID 500022 ready 207904 bytes from <bob@newsletter.example>
Sun Mar 10 08:00:05 2024 Info: MID 500022 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500022 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500022 queued for delivery
Sun Mar 10 08:00:05 2024 Info: New SMTP DCID 20007 interface 10.0.0.26 address 198.51.100.60 port 25
Sun Mar 10 08:00:05 2024 Info: DCID 20007 TLS failed: STARTTLS unexpected response
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20007 MID 500015 to RID [1]
Sun Mar 10 08:00:05 2024 Info: Delayed: DCID 20007 MID 500015 to RID 1 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:05 2024 Info: MID 500015 to RID [1] pending till Sun Mar 10 08:01:58 2024
Sun Mar 10 08:00:05 2024 Info: ICID 100010 close
Sun Mar 10 08:00:05 2024 Info: Start MID 500023 ICID 100006
Sun Mar 10 08:00:05 2024 Info: MID 500023 ICID 100006 From: <heidi@outlook.example>
Sun Mar 10 08:00:05 2024 Info: MID 500023 ICID 100006 RID 0 To: <ivan0@university.example>
Sun Mar 10 08:00:05 2024 Info: MID 500023 Message-ID '<500023.176892501096@outlook.example>'
Sun Mar 10 08:00:05 2024 Info: MID 500023 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:05 2024 Info: MID 500023 ready 178019 bytes from <heidi@outlook.example>
Sun Mar 10 08:00:05 2024 Info: MID 500023 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:05 2024 Info: MID 500023 antivirus negative
Sun Mar 10 08:00:05 2024 Info: MID 500023 queued for delivery
Sun Mar 10 08:00:05 2024 Info: Delivery start DCID 20001 MID 500011 to RID [1]
Sun Mar 10 08:00:05 2024 Info: Message done DCID 20001 MID 500011 to RID [1]
Sun Mar 10 08:00:05 2024 Info: MID 500011 RID [1] Response '2.0.0 Ok: queued as DCC39703'
Sun Mar 10 08:00:05 2024 Info: Message finished MID 500011 done
Sun Mar 10 08:00:05 2024 Info: ICID 100012 close
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20000 MID 500016 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20000 MID 500016 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500016 RID [0] Response '2.0.0 Ok: queued as F00E59D3'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500016 done
Sun Mar 10 08:00:06 2024 Info: ICID 100009 close
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20003 MID 500017 to RID [2]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20003 MID 500017 to RID [2]
Sun Mar 10 08:00:06 2024 Info: MID 500017 RID [2] Response '2.0.0 Ok: queued as 3A20F298'
Sun Mar 10 08:00:06 2024 Info: New SMTP ICID 100014 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:06 2024 Info: ICID 100014 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:06 2024 Info: ICID 100014 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20001 MID 500018 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20001 MID 500018 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500018 RID [0] Response '2.0.0 Ok: queued as 605918F0'
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20006 MID 500015 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20006 MID 500015 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500015 RID [0] Response '2.0.0 Ok: queued as 1337C272'
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20002 MID 500022 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20002 MID 500022 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500022 RID [0] Response '2.0.0 Ok: queued as 5835FA7F'
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20000 MID 500020 to RID [0]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20000 MID 500020 to RID [0]
Sun Mar 10 08:00:06 2024 Info: MID 500020 RID [0] Response '2.0.0 Ok: queued as 39E06AD2'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500020 done
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20003 MID 500019 to RID [0, 2]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20003 MID 500019 to RID [0, 2]
Sun Mar 10 08:00:06 2024 Info: MID 500019 RID [0, 2] Response '2.0.0 Ok: queued as E2EF8135'
Sun Mar 10 08:00:06 2024 Info: Delivery start DCID 20007 MID 500022 to RID [1]
Sun Mar 10 08:00:06 2024 Info: Message done DCID 20007 MID 500022 to RID [1]
Sun Mar 10 08:00:06 2024 Info: MID 500022 RID [1] Response '2.0.0 Ok: queued as DAEDD1F6'
Sun Mar 10 08:00:06 2024 Info: Message finished MID 500022 done
Sun Mar 10 08:00:06 2024 Info: Start MID 500024 ICID 100006
Sun Mar 10 08:00:06 2024 Info: MID 500024 ICID 100006 From: <frank@outlook.example>
Sun Mar 10 08:00:06 2024 Info: MID 500024 ICID 100006 RID 0 To: <heidi0@outlook.example>
Sun Mar 10 08:00:06 2024 Info: MID 500024 ICID 100006 RID 1 To: <alice1@gmail.example>
Sun Mar 10 08:00:06 2024 Info: MID 500024 ICID 100006 RID 2 To: <ivan2@outlook.example>
Sun Mar 10 08:00:06 2024 Info: MID 500024 Message-ID '<500024.767389984551@outlook.example>'
Sun Mar 10 08:00:06 2024 Info: MID 500024 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:06 2024 Info: MID 500024 ready 337222 bytes from <frank@outlook.example>
Sun Mar 10 08:00:06 2024 Info: MID 500024 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:06 2024 Info: MID 500024 antivirus negative
Sun Mar 10 08:00:06 2024 Info: MID 500024 queued for delivery
Sun Mar 10 08:00:06 2024 Info: New SMTP ICID 100015 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:06 2024 Info: ICID 100015 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:06 2024 Info: ICID 100015 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:06 2024 Info: Start MID 500025 ICID 100014
Sun Mar 10 08:00:06 2024 Info: MID 500025 ICID 100014 From: <dave@outlook.example>
Sun Mar 10 08:00:06 2024 Info: MID 500025 ICID 100014 RID 0 To: <carol0@partner-bank.example>
Sun Mar 10 08:00:06 2024 Info: MID 500025 ICID 100014 RID 1 To: <heidi1@university.example>
Sun Mar 10 08:00:06 2024 Info: MID 500025 ICID 100014 RID 2 To: <grace2@outlook.example>
Sun Mar 10 08:00:06 2024 Info: MID 500025 Message-ID '<500025.987873543159@outlook.example>'
Sun Mar 10 08:00:06 2024 Info: MID 500025 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:06 2024 Info: MID 500025 ready 164579 bytes from <dave@outlook.example>
Sun Mar 10 08:00:06 2024 Info: MID 500025 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:06 2024 Info: MID 500025 antivirus negative
Sun Mar 10 08:00:06 2024 Info: MID 500025 queued for delivery
Sun Mar 10 08:00:06 2024 Info: ICID 100006 close
Sun Mar 10 08:00:06 2024 Info: New SMTP ICID 100016 interface Data 1 (10.0.0.25) address 203.0.113.15 reverse dns host unknown verified no
Sun Mar 10 08:00:06 2024 Info: ICID 100016 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:07 2024 Info: Start MID 500026 ICID 100011
Sun Mar 10 08:00:07 2024 Info: MID 500026 ICID 100011 From: <ivan@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 ICID 100011 RID 0 To: <carol0@plainmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 ICID 100011 RID 1 To: <frank1@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 ICID 100011 RID 2 To: <grace2@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 Message-ID '<500026.825094446567@gmail.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500026 Subject 'Meeting notes'
Sun Mar 10 08:00:07 2024 Info: MID 500026 ready 47535 bytes from <ivan@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500026 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500026 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500026 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20000 MID 500018 to RID [1]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20000 MID 500018 to RID [1]
Sun Mar 10 08:00:07 2024 Info: MID 500018 RID [1] Response '2.0.0 Ok: queued as F2054AA7'
Sun Mar 10 08:00:07 2024 Info: Message finished MID 500018 done
Sun Mar 10 08:00:07 2024 Info: New SMTP ICID 100017 interface Data 1 (10.0.0.25) address 203.0.113.19 reverse dns host mta.strictpartner.example verified yes
Sun Mar 10 08:00:07 2024 Info: ICID 100017 ACCEPT SG PARTNERS_TLS match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:07 2024 Info: ICID 100017 TLS failed
Sun Mar 10 08:00:07 2024 Info: ICID 100017 lost
Sun Mar 10 08:00:07 2024 Info: ICID 100017 TLS was required but remote host did not initiate it
Sun Mar 10 08:00:07 2024 Info: ICID 100017 close
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20006 MID 500019 to RID [1]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20006 MID 500019 to RID [1]
Sun Mar 10 08:00:07 2024 Info: MID 500019 RID [1] Response '2.0.0 Ok: queued as F64DD614'
Sun Mar 10 08:00:07 2024 Info: Message finished MID 500019 done
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20000 MID 500021 to RID [0]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20000 MID 500021 to RID [0]
Sun Mar 10 08:00:07 2024 Info: MID 500021 RID [0] Response '2.0.0 Ok: queued as 7E9498DD'
Sun Mar 10 08:00:07 2024 Info: Message finished MID 500021 done
Sun Mar 10 08:00:07 2024 Info: Start MID 500027 ICID 100008
Sun Mar 10 08:00:07 2024 Info: MID 500027 ICID 100008 From: <dave@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500027 ICID 100008 RID 0 To: <judy0@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500027 Message-ID '<500027.835350899691@gmail.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500027 Subject 'Password reset'
Sun Mar 10 08:00:07 2024 Info: MID 500027 ready 160861 bytes from <dave@gmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500027 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500027 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500027 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Start MID 500028 ICID 100014
Sun Mar 10 08:00:07 2024 Info: MID 500028 ICID 100014 From: <erin@outlook.example>
Sun Mar 10 08:00:07 2024 Info: MID 500028 ICID 100014 RID 0 To: <erin0@university.example>
Sun Mar 10 08:00:07 2024 Info: MID 500028 Message-ID '<500028.151323883360@outlook.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500028 Subject 'Meeting notes'
Sun Mar 10 08:00:07 2024 Info: MID 500028 ready 257097 bytes from <erin@outlook.example>
Sun Mar 10 08:00:07 2024 Info: MID 500028 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500028 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500028 queued for delivery
Sun Mar 10 08:00:07 2024 Info: ICID 100008 close
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20001 MID 500026 to RID [1, 2]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20001 MID 500026 to RID [1, 2]
Sun Mar 10 08:00:07 2024 Info: MID 500026 RID [1, 2] Response '2.0.0 Ok: queued as D18485C8'
Sun Mar 10 08:00:07 2024 Info: Delivery start DCID 20000 MID 500017 to RID [0, 1]
Sun Mar 10 08:00:07 2024 Info: Message done DCID 20000 MID 500017 to RID [0, 1]
Sun Mar 10 08:00:07 2024 Info: MID 500017 RID [0, 1] Response '2.0.0 Ok: queued as 21B7F71A'
Sun Mar 10 08:00:07 2024 Info: Message finished MID 500017 done
Sun Mar 10 08:00:07 2024 Info: Start MID 500029 ICID 100013
Sun Mar 10 08:00:07 2024 Info: MID 500029 ICID 100013 From: <dave@newsletter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500029 ICID 100013 RID 0 To: <erin0@brokenstarttls.example>
Sun Mar 10 08:00:07 2024 Info: MID 500029 Message-ID '<500029.113028647414@newsletter.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500029 Subject 'Your order has shipped'
Sun Mar 10 08:00:07 2024 Info: MID 500029 ready 150769 bytes from <dave@newsletter.example>
Sun Mar 10 08:00:07 2024 Info: MID 500029 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500029 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500029 queued for delivery
Sun Mar 10 08:00:07 2024 Info: Start MID 500030 ICID 100016
Sun Mar 10 08:00:07 2024 Info: MID 500030 ICID 100016 From: <dave@plainmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500030 ICID 100016 RID 0 To: <ivan0@brokenstarttls.example>
Sun Mar 10 08:00:07 2024 Info: MID 500030 ICID 100016 RID 1 To: <carol1@partner-bank.example>
Sun Mar 10 08:00:07 2024 Info: MID 500030 ICID 100016 RID 2 To: <grace2@plainmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500030 Message-ID '<500030.330671153058@plainmail.example>'
Sun Mar 10 08:00:07 2024 Info: MID 500030 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:07 2024 Info: MID 500030 ready 232918 bytes from <dave@plainmail.example>
Sun Mar 10 08:00:07 2024 Info: MID 500030 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:07 2024 Info: MID 500030 antivirus negative
Sun Mar 10 08:00:07 2024 Info: MID 500030 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Start MID 500031 ICID 100015
Sun Mar 10 08:00:08 2024 Info: MID 500031 ICID 100015 From: <erin@outlook.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 ICID 100015 RID 0 To: <grace0@outlook.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 ICID 100015 RID 1 To: <carol1@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 ICID 100015 RID 2 To: <frank2@partner-bank.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 Message-ID '<500031.592046407856@outlook.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500031 Subject 'Your order has shipped'
Sun Mar 10 08:00:08 2024 Info: MID 500031 ready 179298 bytes from <erin@outlook.example>
Sun Mar 10 08:00:08 2024 Info: MID 500031 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500031 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500031 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20005 MID 500023 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20005 MID 500023 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500023 RID [0] Response '2.0.0 Ok: queued as 2CABEFBC'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500023 done
Sun Mar 10 08:00:08 2024 Info: New SMTP ICID 100018 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host unknown verified no
Sun Mar 10 08:00:08 2024 Info: ICID 100018 REJECT SG BLOCKLIST match sbrs[-10.0:-3.0] SBRS -7.2 country Nowhere
Sun Mar 10 08:00:08 2024 Info: ICID 100018 close
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20000 MID 500025 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20000 MID 500025 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500025 RID [0] Response '2.0.0 Ok: queued as E2E17FEB'
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20001 MID 500027 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20001 MID 500027 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500027 RID [0] Response '2.0.0 Ok: queued as E0E5A7CA'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500027 done
Sun Mar 10 08:00:08 2024 Info: Start MID 500032 ICID 100013
Sun Mar 10 08:00:08 2024 Info: MID 500032 ICID 100013 From: <frank@newsletter.example>
Sun Mar 10 08:00:08 2024 Info: MID 500032 ICID 100013 RID 0 To: <ivan0@partner-bank.example>
Sun Mar 10 08:00:08 2024 Info: MID 500032 Message-ID '<500032.1096282414845@newsletter.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500032 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:08 2024 Info: MID 500032 ready 399513 bytes from <frank@newsletter.example>
Sun Mar 10 08:00:08 2024 Info: MID 500032 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500032 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500032 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20006 MID 500026 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20006 MID 500026 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500026 RID [0] Response '2.0.0 Ok: queued as C7A2A44C'
Sun Mar 10 08:00:08 2024 Info: Message finished MID 500026 done
Sun Mar 10 08:00:08 2024 Info: New SMTP ICID 100019 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:08 2024 Info: ICID 100019 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:08 2024 Info: ICID 100019 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20000 MID 500031 to RID [2]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20000 MID 500031 to RID [2]
Sun Mar 10 08:00:08 2024 Info: MID 500031 RID [2] Response '2.0.0 Ok: queued as ECF88FFB'
Sun Mar 10 08:00:08 2024 Info: Start MID 500033 ICID 100016
Sun Mar 10 08:00:08 2024 Info: MID 500033 ICID 100016 From: <judy@plainmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500033 ICID 100016 RID 0 To: <carol0@outlook.example>
Sun Mar 10 08:00:08 2024 Info: MID 500033 ICID 100016 RID 1 To: <bob1@gmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500033 ICID 100016 RID 2 To: <judy2@outlook.example>
Sun Mar 10 08:00:08 2024 Info: MID 500033 Message-ID '<500033.457892795216@plainmail.example>'
Sun Mar 10 08:00:08 2024 Info: MID 500033 Subject 'Your order has shipped'
Sun Mar 10 08:00:08 2024 Info: MID 500033 ready 274923 bytes from <judy@plainmail.example>
Sun Mar 10 08:00:08 2024 Info: MID 500033 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:08 2024 Info: MID 500033 antivirus negative
Sun Mar 10 08:00:08 2024 Info: MID 500033 queued for delivery
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20003 MID 500031 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20003 MID 500031 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500031 RID [0] Response '2.0.0 Ok: queued as F54C60DC'
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20005 MID 500025 to RID [1]
Sun Mar 10 08:00:08 2024 Info: Delayed: DCID 20005 MID 500025 to RID 1 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:08 2024 Info: MID 500025 to RID [1] pending till Sun Mar 10 08:04:13 2024
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20007 MID 500030 to RID [0]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20007 MID 500030 to RID [0]
Sun Mar 10 08:00:08 2024 Info: MID 500030 RID [0] Response '2.0.0 Ok: queued as B1C69235'
Sun Mar 10 08:00:08 2024 Info: Delivery start DCID 20003 MID 500025 to RID [2]
Sun Mar 10 08:00:08 2024 Info: Message done DCID 20003 MID 500025 to RID [2]
Sun Mar 10 08:00:08 2024 Info: MID 500025 RID [2] Response '2.0.0 Ok: queued as 48CBC78D'
Sun Mar 10 08:00:08 2024 Info: ICID 100016 close
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20007 MID 500029 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20007 MID 500029 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500029 RID [0] Response '2.0.0 Ok: queued as FF8A7DD5'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500029 done
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20005 MID 500028 to RID [0]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20005 MID 500028 to RID [0]
Sun Mar 10 08:00:09 2024 Info: MID 500028 RID [0] Response '2.0.0 Ok: queued as C815D8DF'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500028 done
Sun Mar 10 08:00:09 2024 Info: New SMTP ICID 100020 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:09 2024 Info: ICID 100020 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:09 2024 Info: ICID 100020 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20001 MID 500031 to RID [1]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20001 MID 500031 to RID [1]
Sun Mar 10 08:00:09 2024 Info: MID 500031 RID [1] Response '2.0.0 Ok: queued as 3EEB7BB1'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500031 done
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20003 MID 500024 to RID [0, 2]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20003 MID 500024 to RID [0, 2]
Sun Mar 10 08:00:09 2024 Info: MID 500024 RID [0, 2] Response '2.0.0 Ok: queued as 9174D8A'
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20001 MID 500024 to RID [1]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20001 MID 500024 to RID [1]
Sun Mar 10 08:00:09 2024 Info: MID 500024 RID [1] Response '2.0.0 Ok: queued as 90565BF4'
Sun Mar 10 08:00:09 2024 Info: Message finished MID 500024 done
Sun Mar 10 08:00:09 2024 Info: Start MID 500034 ICID 100014
Sun Mar 10 08:00:09 2024 Info: MID 500034 ICID 100014 From: <judy@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500034 ICID 100014 RID 0 To: <judy0@oldcorp.example>
Sun Mar 10 08:00:09 2024 Info: MID 500034 Message-ID '<500034.711219504254@outlook.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500034 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:09 2024 Info: MID 500034 ready 286894 bytes from <judy@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500034 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500034 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500034 queued for delivery
Sun Mar 10 08:00:09 2024 Info: ICID 100014 close
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20006 MID 500030 to RID [2]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20006 MID 500030 to RID [2]
Sun Mar 10 08:00:09 2024 Info: MID 500030 RID [2] Response '2.0.0 Ok: queued as C097A608'
Sun Mar 10 08:00:09 2024 Info: Start MID 500035 ICID 100019
Sun Mar 10 08:00:09 2024 Info: MID 500035 ICID 100019 From: <dave@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500035 ICID 100019 RID 0 To: <carol0@university.example>
Sun Mar 10 08:00:09 2024 Info: MID 500035 ICID 100019 RID 1 To: <grace1@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500035 Message-ID '<500035.244285716241@outlook.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500035 Subject 'Your order has shipped'
Sun Mar 10 08:00:09 2024 Info: MID 500035 ready 223235 bytes from <dave@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500035 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500035 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500035 queued for delivery
Sun Mar 10 08:00:09 2024 Info: Start MID 500036 ICID 100020
Sun Mar 10 08:00:09 2024 Info: MID 500036 ICID 100020 From: <bob@partner-bank.example>
Sun Mar 10 08:00:09 2024 Info: MID 500036 ICID 100020 RID 0 To: <bob0@oldcorp.example>
Sun Mar 10 08:00:09 2024 Info: MID 500036 ICID 100020 RID 1 To: <ivan1@brokenstarttls.example>
Sun Mar 10 08:00:09 2024 Info: MID 500036 Message-ID '<500036.774706739441@partner-bank.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500036 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:09 2024 Info: MID 500036 ready 35037 bytes from <bob@partner-bank.example>
Sun Mar 10 08:00:09 2024 Info: MID 500036 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500036 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500036 queued for delivery
Sun Mar 10 08:00:09 2024 Info: ICID 100020 close
Sun Mar 10 08:00:09 2024 Info: Delivery start DCID 20001 MID 500033 to RID [1]
Sun Mar 10 08:00:09 2024 Info: Message done DCID 20001 MID 500033 to RID [1]
Sun Mar 10 08:00:09 2024 Info: MID 500033 RID [1] Response '2.0.0 Ok: queued as 772B64B9'
Sun Mar 10 08:00:09 2024 Info: Start MID 500038 ICID 100015
Sun Mar 10 08:00:09 2024 Info: MID 500038 ICID 100015 From: <dave@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500038 ICID 100015 RID 0 To: <grace0@legacy-law.example>
Sun Mar 10 08:00:09 2024 Info: MID 500038 ICID 100015 RID 1 To: <grace1@partner-bank.example>
Sun Mar 10 08:00:09 2024 Info: MID 500038 ICID 100015 RID 2 To: <frank2@brokenstarttls.example>
Sun Mar 10 08:00:09 2024 Info: MID 500038 Message-ID '<500038.162742285983@outlook.example>'
Sun Mar 10 08:00:09 2024 Info: MID 500038 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:09 2024 Info: MID 500038 ready 343931 bytes from <dave@outlook.example>
Sun Mar 10 08:00:09 2024 Info: MID 500038 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:09 2024 Info: MID 500038 antivirus negative
Sun Mar 10 08:00:09 2024 Info: MID 500038 queued for delivery
Sun Mar 10 08:00:09 2024 Info: New SMTP ICID 100021 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:09 2024 Info: ICID 100021 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:09 2024 Info: ICID 100021 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:10 2024 Info: Start MID 500039 ICID 100011
Sun Mar 10 08:00:10 2024 Info: MID 500039 ICID 100011 From: <frank@gmail.example>
Sun Mar 10 08:00:10 2024 Info: MID 500039 ICID 100011 RID 0 To: <alice0@partner-bank.example>
Sun Mar 10 08:00:10 2024 Info: MID 500039 ICID 100011 RID 1 To: <judy1@oldcorp.example>
Sun Mar 10 08:00:10 2024 Info: MID 500039 Message-ID '<500039.895690197080@gmail.example>'
Sun Mar 10 08:00:10 2024 Info: MID 500039 Subject 'Newsletter March'
Sun Mar 10 08:00:10 2024 Info: MID 500039 ready 200228 bytes from <frank@gmail.example>
Sun Mar 10 08:00:10 2024 Info: MID 500039 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:10 2024 Info: MID 500039 antivirus negative
Sun Mar 10 08:00:10 2024 Info: MID 500039 queued for delivery
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20000 MID 500030 to RID [1]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20000 MID 500030 to RID [1]
Sun Mar 10 08:00:10 2024 Info: MID 500030 RID [1] Response '2.0.0 Ok: queued as 28603CFD'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500030 done
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20003 MID 500035 to RID [1]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20003 MID 500035 to RID [1]
Sun Mar 10 08:00:10 2024 Info: MID 500035 RID [1] Response '2.0.0 Ok: queued as 5F9DCD1E'
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20002 MID 500037 to RID [0]
Sun Mar 10 08:00:10 2024 Info: MID 500036 rewritten to MID 500037 by antispam (alt-rcpt-to) filter 'unknown'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500036 done
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20002 MID 500037 to RID [0]
Sun Mar 10 08:00:10 2024 Info: MID 500037 RID [0] Response '2.0.0 Ok: queued as 46B64187'
Sun Mar 10 08:00:10 2024 Info: ICID 100011 close
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20002 MID 500039 to RID [1]
Sun Mar 10 08:00:10 2024 Info: Delayed: DCID 20002 MID 500039 to RID 1 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:10 2024 Info: MID 500039 to RID [1] pending till Sun Mar 10 08:01:29 2024
Sun Mar 10 08:00:10 2024 Info: New SMTP ICID 100022 interface Data 1 (10.0.0.25) address 203.0.113.19 reverse dns host mta.strictpartner.example verified yes
Sun Mar 10 08:00:10 2024 Info: ICID 100022 ACCEPT SG PARTNERS_TLS match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:10 2024 Info: ICID 100022 TLS failed
Sun Mar 10 08:00:10 2024 Info: ICID 100022 lost
Sun Mar 10 08:00:10 2024 Info: ICID 100022 TLS was required but remote host did not initiate it
Sun Mar 10 08:00:10 2024 Info: ICID 100022 close
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20000 MID 500032 to RID [0]
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20000 MID 500032 to RID [0]
Sun Mar 10 08:00:10 2024 Info: MID 500032 RID [0] Response '2.0.0 Ok: queued as 49199F48'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500032 done
Sun Mar 10 08:00:10 2024 Info: Delivery start DCID 20003 MID 500033 to RID [0, 2]
Sun Mar 10 08:00:10 2024 Info: Bounced: DCID 20003 MID 500033 to RID 2 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:10 2024 Info: MID 500040 generated for bounce of MID 500033
Sun Mar 10 08:00:10 2024 Info: Start MID 500040 ICID 0
Sun Mar 10 08:00:10 2024 Info: MID 500040 ICID 0 From: <>
Sun Mar 10 08:00:10 2024 Info: MID 500040 ICID 0 RID 0 To: <judy@plainmail.example>
Sun Mar 10 08:00:10 2024 Info: MID 500040 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:10 2024 Info: MID 500040 ready 4391 bytes from <>
Sun Mar 10 08:00:10 2024 Info: MID 500040 queued for delivery
Sun Mar 10 08:00:10 2024 Info: Message done DCID 20003 MID 500033 to RID [0]
Sun Mar 10 08:00:10 2024 Info: MID 500033 RID [0] Response '2.0.0 Ok: queued as AB864AB4'
Sun Mar 10 08:00:10 2024 Info: Message finished MID 500033 done
Sun Mar 10 08:00:10 2024 Info: Start MID 500041 ICID 100013
Sun Mar 10 08:00:10 2024 Info: MID 500041 ICID 100013 From: <carol@newsletter.example>
Sun Mar 10 08:00:10 2024 Info: MID 500041 ICID 100013 RID 0 To: <frank0@university.example>
Sun Mar 10 08:00:10 2024 Info: MID 500041 Message-ID '<500041.760392249391@newsletter.example>'
Sun Mar 10 08:00:10 2024 Info: MID 500041 Subject 'Password reset'
Sun Mar 10 08:00:10 2024 Info: MID 500041 ready 273284 bytes from <carol@newsletter.example>
Sun Mar 10 08:00:10 2024 Info: MID 500041 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:10 2024 Info: MID 500041 antivirus negative
Sun Mar 10 08:00:10 2024 Info: MID 500041 queued for delivery
Sun Mar 10 08:00:11 2024 Info: New SMTP ICID 100023 interface Data 1 (10.0.0.25) address 203.0.113.17 reverse dns host smtp.flaky.example verified yes
Sun Mar 10 08:00:11 2024 Info: ICID 100023 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:11 2024 Info: ICID 100023 TLS failed
Sun Mar 10 08:00:11 2024 Info: ICID 100013 close
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20007 MID 500037 to RID [1]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20007 MID 500037 to RID [1]
Sun Mar 10 08:00:11 2024 Info: MID 500037 RID [1] Response '2.0.0 Ok: queued as 3EDC966C'
Sun Mar 10 08:00:11 2024 Info: Message finished MID 500037 done
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20005 MID 500035 to RID [0]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20005 MID 500035 to RID [0]
Sun Mar 10 08:00:11 2024 Info: MID 500035 RID [0] Response '2.0.0 Ok: queued as C424A2EF'
Sun Mar 10 08:00:11 2024 Info: Message finished MID 500035 done
Sun Mar 10 08:00:11 2024 Info: Start MID 500042 ICID 100021
Sun Mar 10 08:00:11 2024 Info: MID 500042 ICID 100021 From: <erin@gmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500042 ICID 100021 RID 0 To: <carol0@plainmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500042 ICID 100021 RID 1 To: <erin1@partner-bank.example>
Sun Mar 10 08:00:11 2024 Info: MID 500042 Message-ID '<500042.919536912779@gmail.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500042 Subject 'Meeting notes'
Sun Mar 10 08:00:11 2024 Info: MID 500042 ready 320542 bytes from <erin@gmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500042 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500042 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500042 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Start MID 500043 ICID 100019
Sun Mar 10 08:00:11 2024 Info: MID 500043 ICID 100019 From: <ivan@outlook.example>
Sun Mar 10 08:00:11 2024 Info: MID 500043 ICID 100019 RID 0 To: <carol0@brokenstarttls.example>
Sun Mar 10 08:00:11 2024 Info: MID 500043 ICID 100019 RID 1 To: <dave1@outlook.example>
Sun Mar 10 08:00:11 2024 Info: MID 500043 Message-ID '<500043.565413683110@outlook.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500043 Subject 'Newsletter March'
Sun Mar 10 08:00:11 2024 Info: MID 500043 ready 317964 bytes from <ivan@outlook.example>
Sun Mar 10 08:00:11 2024 Info: MID 500043 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500043 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500043 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Start MID 500044 ICID 100023
Sun Mar 10 08:00:11 2024 Info: MID 500044 ICID 100023 From: <ivan@flaky.example>
Sun Mar 10 08:00:11 2024 Info: MID 500044 ICID 100023 RID 0 To: <erin0@gmail.example>
Sun Mar 10 08:00:11 2024 Info: MID 500044 ICID 100023 RID 1 To: <carol1@oldcorp.example>
Sun Mar 10 08:00:11 2024 Info: MID 500044 ICID 100023 RID 2 To: <dave2@partner-bank.example>
Sun Mar 10 08:00:11 2024 Info: MID 500044 Message-ID '<500044.179772689290@flaky.example>'
Sun Mar 10 08:00:11 2024 Info: MID 500044 Subject 'Password reset'
Sun Mar 10 08:00:11 2024 Info: MID 500044 ready 32947 bytes from <ivan@flaky.example>
Sun Mar 10 08:00:11 2024 Info: MID 500044 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:11 2024 Info: MID 500044 antivirus negative
Sun Mar 10 08:00:11 2024 Info: MID 500044 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20000 MID 500042 to RID [1]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20000 MID 500042 to RID [1]
Sun Mar 10 08:00:11 2024 Info: MID 500042 RID [1] Response '2.0.0 Ok: queued as 914725E5'
Sun Mar 10 08:00:11 2024 Info: New SMTP ICID 100024 interface Data 1 (10.0.0.25) address 192.0.2.66 reverse dns host unknown verified no
Sun Mar 10 08:00:11 2024 Info: ICID 100024 REJECT SG BLOCKLIST match sbrs[-10.0:-3.0] SBRS -7.2 country Nowhere
Sun Mar 10 08:00:11 2024 Info: ICID 100024 close
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20006 MID 500042 to RID [0]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20006 MID 500042 to RID [0]
Sun Mar 10 08:00:11 2024 Info: MID 500042 RID [0] Response '2.0.0 Ok: queued as 178FC30C'
Sun Mar 10 08:00:11 2024 Info: Message finished MID 500042 done
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20000 MID 500038 to RID [1]
Sun Mar 10 08:00:11 2024 Info: Message done DCID 20000 MID 500038 to RID [1]
Sun Mar 10 08:00:11 2024 Info: MID 500038 RID [1] Response '2.0.0 Ok: queued as EAC5859E'
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20002 MID 500034 to RID [0]
Sun Mar 10 08:00:11 2024 Info: Bounced: DCID 20002 MID 500034 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:11 2024 Info: MID 500045 generated for bounce of MID 500034
Sun Mar 10 08:00:11 2024 Info: Start MID 500045 ICID 0
Sun Mar 10 08:00:11 2024 Info: MID 500045 ICID 0 From: <>
Sun Mar 10 08:00:11 2024 Info: MID 500045 ICID 0 RID 0 To: <judy@outlook.example>
Sun Mar 10 08:00:11 2024 Info: MID 500045 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:11 2024 Info: MID 500045 ready 5719 bytes from <>
Sun Mar 10 08:00:11 2024 Info: MID 500045 queued for delivery
Sun Mar 10 08:00:11 2024 Info: Message finished MID 500034 done
Sun Mar 10 08:00:11 2024 Info: Delivery start DCID 20006 MID 500040 to RID [0]
Sun Mar 10 08:00:11 2024 Info: Delayed: DCID 20006 MID 500040 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:11 2024 Info: MID 500040 to RID [0] pending till Sun Mar 10 08:04:20 2024
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20003 MID 500043 to RID [1]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20003 MID 500043 to RID [1]
Sun Mar 10 08:00:12 2024 Info: MID 500043 RID [1] Response '2.0.0 Ok: queued as F086E18A'
Sun Mar 10 08:00:12 2024 Info: New SMTP ICID 100025 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:12 2024 Info: ICID 100025 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:12 2024 Info: ICID 100025 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20000 MID 500039 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20000 MID 500039 to RID [0]
Sun Mar 10 08:00:12 2024 Info: MID 500039 RID [0] Response '2.0.0 Ok: queued as 3A298F54'
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20007 MID 500038 to RID [2]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20007 MID 500038 to RID [2]
Sun Mar 10 08:00:12 2024 Info: MID 500038 RID [2] Response '2.0.0 Ok: queued as ADE8FEF4'
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20004 MID 500038 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20004 MID 500038 to RID [0]
Sun Mar 10 08:00:12 2024 Info: MID 500038 RID [0] Response '2.0.0 Ok: queued as 2A4CEACD'
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500038 done
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20005 MID 500041 to RID [0]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20005 MID 500041 to RID [0]
Sun Mar 10 08:00:12 2024 Info: MID 500041 RID [0] Response '2.0.0 Ok: queued as B948ED8D'
Sun Mar 10 08:00:12 2024 Info: Message finished MID 500041 done
Sun Mar 10 08:00:12 2024 Info: Start MID 500046 ICID 100021
Sun Mar 10 08:00:12 2024 Info: MID 500046 ICID 100021 From: <ivan@gmail.example>
Sun Mar 10 08:00:12 2024 Info: MID 500046 ICID 100021 RID 0 To: <grace0@partner-bank.example>
Sun Mar 10 08:00:12 2024 Info: MID 500046 ICID 100021 RID 1 To: <dave1@plainmail.example>
Sun Mar 10 08:00:12 2024 Info: MID 500046 ICID 100021 RID 2 To: <dave2@university.example>
Sun Mar 10 08:00:12 2024 Info: MID 500046 Message-ID '<500046.1009345320864@gmail.example>'
Sun Mar 10 08:00:12 2024 Info: MID 500046 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:12 2024 Info: MID 500046 ready 154900 bytes from <ivan@gmail.example>
Sun Mar 10 08:00:12 2024 Info: MID 500046 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:12 2024 Info: MID 500046 antivirus negative
Sun Mar 10 08:00:12 2024 Info: MID 500046 queued for delivery
Sun Mar 10 08:00:12 2024 Info: Start MID 500047 ICID 100015
Sun Mar 10 08:00:12 2024 Info: MID 500047 ICID 100015 From: <alice@outlook.example>
Sun Mar 10 08:00:12 2024 Info: MID 500047 ICID 100015 RID 0 To: <judy0@brokenstarttls.example>
Sun Mar 10 08:00:12 2024 Info: MID 500047 Message-ID '<500047.732775563295@outlook.example>'
Sun Mar 10 08:00:12 2024 Info: MID 500047 Subject 'Password reset'
Sun Mar 10 08:00:12 2024 Info: MID 500047 ready 157346 bytes from <alice@outlook.example>
Sun Mar 10 08:00:12 2024 Info: MID 500047 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:12 2024 Info: MID 500047 antivirus negative
Sun Mar 10 08:00:12 2024 Info: MID 500047 queued for delivery
Sun Mar 10 08:00:12 2024 Info: ICID 100015 close
Sun Mar 10 08:00:12 2024 Info: ICID 100021 close
Sun Mar 10 08:00:12 2024 Info: Delivery start DCID 20000 MID 500044 to RID [2]
Sun Mar 10 08:00:12 2024 Info: Message done DCID 20000 MID 500044 to RID [2]
Sun Mar 10 08:00:12 2024 Info: MID 500044 RID [2] Response '2.0.0 Ok: queued as DE08428B'
Sun Mar 10 08:00:12 2024 Info: New SMTP ICID 100026 interface Data 1 (10.0.0.25) address 203.0.113.18 reverse dns host unknown verified no
Sun Mar 10 08:00:12 2024 Info: ICID 100026 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:12 2024 Info: ICID 100026 TLS failed
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20007 MID 500043 to RID [0]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20007 MID 500043 to RID [0]
Sun Mar 10 08:00:13 2024 Info: MID 500043 RID [0] Response '2.0.0 Ok: queued as 77AED411'
Sun Mar 10 08:00:13 2024 Info: Message finished MID 500043 done
Sun Mar 10 08:00:13 2024 Info: Start MID 500048 ICID 100026
Sun Mar 10 08:00:13 2024 Info: MID 500048 ICID 100026 From: <alice@resetter.example>
Sun Mar 10 08:00:13 2024 Info: MID 500048 ICID 100026 RID 0 To: <erin0@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500048 ICID 100026 RID 1 To: <bob1@outlook.example>
Sun Mar 10 08:00:13 2024 Info: MID 500048 ICID 100026 RID 2 To: <frank2@outlook.example>
Sun Mar 10 08:00:13 2024 Info: MID 500048 Message-ID '<500048.342393280928@resetter.example>'
Sun Mar 10 08:00:13 2024 Info: MID 500048 Subject 'Your order has shipped'
Sun Mar 10 08:00:13 2024 Info: MID 500048 ready 285672 bytes from <alice@resetter.example>
Sun Mar 10 08:00:13 2024 Info: MID 500048 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:13 2024 Info: MID 500048 antivirus negative
Sun Mar 10 08:00:13 2024 Info: MID 500048 queued for delivery
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20006 MID 500046 to RID [1]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20006 MID 500046 to RID [1]
Sun Mar 10 08:00:13 2024 Info: MID 500046 RID [1] Response '2.0.0 Ok: queued as 79F5798B'
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20001 MID 500044 to RID [0]
Sun Mar 10 08:00:13 2024 Info: Bounced: DCID 20001 MID 500044 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:13 2024 Info: MID 500049 generated for bounce of MID 500044
Sun Mar 10 08:00:13 2024 Info: Start MID 500049 ICID 0
Sun Mar 10 08:00:13 2024 Info: MID 500049 ICID 0 From: <>
Sun Mar 10 08:00:13 2024 Info: MID 500049 ICID 0 RID 0 To: <ivan@flaky.example>
Sun Mar 10 08:00:13 2024 Info: MID 500049 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:13 2024 Info: MID 500049 ready 8137 bytes from <>
Sun Mar 10 08:00:13 2024 Info: MID 500049 queued for delivery
Sun Mar 10 08:00:13 2024 Info: Start MID 500050 ICID 100025
Sun Mar 10 08:00:13 2024 Info: MID 500050 ICID 100025 From: <carol@partner-bank.example>
Sun Mar 10 08:00:13 2024 Info: MID 500050 ICID 100025 RID 0 To: <carol0@outlook.example>
Sun Mar 10 08:00:13 2024 Info: MID 500050 ICID 100025 RID 1 To: <carol1@outlook.example>
Sun Mar 10 08:00:13 2024 Info: MID 500050 ICID 100025 RID 2 To: <judy2@partner-bank.example>
Sun Mar 10 08:00:13 2024 Info: MID 500050 Message-ID '<500050.805372023831@partner-bank.example>'
Sun Mar 10 08:00:13 2024 Info: MID 500050 Subject 'Your order has shipped'
Sun Mar 10 08:00:13 2024 Info: MID 500050 ready 291610 bytes from <carol@partner-bank.example>
Sun Mar 10 08:00:13 2024 Info: MID 500050 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:13 2024 Info: MID 500050 antivirus negative
Sun Mar 10 08:00:13 2024 Info: MID 500050 queued for delivery
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20003 MID 500045 to RID [0]
Sun Mar 10 08:00:13 2024 Info: Bounced: DCID 20003 MID 500045 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:13 2024 Info: Message finished MID 500045 done
Sun Mar 10 08:00:13 2024 Info: ICID 100025 close
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20002 MID 500044 to RID [1]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20002 MID 500044 to RID [1]
Sun Mar 10 08:00:13 2024 Info: MID 500044 RID [1] Response '2.0.0 Ok: queued as 31AA2BB1'
Sun Mar 10 08:00:13 2024 Info: Message finished MID 500044 done
Sun Mar 10 08:00:13 2024 Info: New SMTP ICID 100027 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:13 2024 Info: ICID 100027 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:13 2024 Info: ICID 100027 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20003 MID 500048 to RID [1, 2]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20003 MID 500048 to RID [1, 2]
Sun Mar 10 08:00:13 2024 Info: MID 500048 RID [1, 2] Response '2.0.0 Ok: queued as 48E5EA1C'
Sun Mar 10 08:00:13 2024 Info: Start MID 500051 ICID 100023
Sun Mar 10 08:00:13 2024 Info: MID 500051 ICID 100023 From: <bob@flaky.example>
Sun Mar 10 08:00:13 2024 Info: MID 500051 ICID 100023 RID 0 To: <ivan0@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500051 Message-ID '<500051.134556072725@flaky.example>'
Sun Mar 10 08:00:13 2024 Info: MID 500051 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:13 2024 Info: MID 500051 ready 165449 bytes from <bob@flaky.example>
Sun Mar 10 08:00:13 2024 Info: MID 500051 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:13 2024 Info: MID 500051 antivirus negative
Sun Mar 10 08:00:13 2024 Info: MID 500051 queued for delivery
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20000 MID 500046 to RID [0]
Sun Mar 10 08:00:13 2024 Info: Bounced: DCID 20000 MID 500046 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:13 2024 Info: MID 500052 generated for bounce of MID 500046
Sun Mar 10 08:00:13 2024 Info: Start MID 500052 ICID 0
Sun Mar 10 08:00:13 2024 Info: MID 500052 ICID 0 From: <>
Sun Mar 10 08:00:13 2024 Info: MID 500052 ICID 0 RID 0 To: <ivan@gmail.example>
Sun Mar 10 08:00:13 2024 Info: MID 500052 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:13 2024 Info: MID 500052 ready 3743 bytes from <>
Sun Mar 10 08:00:13 2024 Info: MID 500052 queued for delivery
Sun Mar 10 08:00:13 2024 Info: Delivery start DCID 20000 MID 500050 to RID [2]
Sun Mar 10 08:00:13 2024 Info: Message done DCID 20000 MID 500050 to RID [2]
Sun Mar 10 08:00:13 2024 Info: MID 500050 RID [2] Response '2.0.0 Ok: queued as 56732D4E'
Sun Mar 10 08:00:14 2024 Info: Start MID 500053 ICID 100019
Sun Mar 10 08:00:14 2024 Info: MID 500053 ICID 100019 From: <carol@outlook.example>
Sun Mar 10 08:00:14 2024 Info: MID 500053 ICID 100019 RID 0 To: <heidi0@nxdomain.example>
Sun Mar 10 08:00:14 2024 Info: MID 500053 ICID 100019 RID 1 To: <grace1@plainmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500053 ICID 100019 RID 2 To: <heidi2@oldcorp.example>
Sun Mar 10 08:00:14 2024 Info: MID 500053 ICID 100019 RID 3 To: <heidi3@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500053 Message-ID '<500053.380857646448@outlook.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500053 Subject 'Newsletter March'
Sun Mar 10 08:00:14 2024 Info: MID 500053 ready 79313 bytes from <carol@outlook.example>
Sun Mar 10 08:00:14 2024 Info: MID 500053 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500053 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500053 queued for delivery
Sun Mar 10 08:00:14 2024 Info: Start MID 500054 ICID 100026
Sun Mar 10 08:00:14 2024 Info: MID 500054 ICID 100026 From: <grace@resetter.example>
Sun Mar 10 08:00:14 2024 Info: MID 500054 ICID 100026 RID 0 To: <grace0@outlook.example>
Sun Mar 10 08:00:14 2024 Info: MID 500054 ICID 100026 RID 1 To: <heidi1@university.example>
Sun Mar 10 08:00:14 2024 Info: MID 500054 Message-ID '<500054.1037639836269@resetter.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500054 Subject 'Password reset'
Sun Mar 10 08:00:14 2024 Info: MID 500054 ready 32841 bytes from <grace@resetter.example>
Sun Mar 10 08:00:14 2024 Info: MID 500054 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500054 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500054 queued for delivery
Sun Mar 10 08:00:14 2024 Info: ICID 100019 close
Sun Mar 10 08:00:14 2024 Info: Start MID 500055 ICID 100027
Sun Mar 10 08:00:14 2024 Info: MID 500055 ICID 100027 From: <erin@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500055 ICID 100027 RID 0 To: <bob0@plainmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500055 ICID 100027 RID 1 To: <dave1@nxdomain.example>
Sun Mar 10 08:00:14 2024 Info: MID 500055 Message-ID '<500055.294340295196@gmail.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500055 Subject 'Your order has shipped'
Sun Mar 10 08:00:14 2024 Info: MID 500055 ready 154897 bytes from <erin@gmail.example>
Sun Mar 10 08:00:14 2024 Info: MID 500055 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500055 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500055 queued for delivery
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20007 MID 500047 to RID [0]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20007 MID 500047 to RID [0]
Sun Mar 10 08:00:14 2024 Info: MID 500047 RID [0] Response '2.0.0 Ok: queued as A4C2F889'
Sun Mar 10 08:00:14 2024 Info: Message finished MID 500047 done
Sun Mar 10 08:00:14 2024 Info: New SMTP ICID 100028 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:14 2024 Info: ICID 100028 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:14 2024 Info: ICID 100028 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:14 2024 Info: ICID 100027 close
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20006 MID 500049 to RID [0]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20006 MID 500049 to RID [0]
Sun Mar 10 08:00:14 2024 Info: MID 500049 RID [0] Response '2.0.0 Ok: queued as 9AE82288'
Sun Mar 10 08:00:14 2024 Info: Message finished MID 500049 done
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20001 MID 500048 to RID [0]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20001 MID 500048 to RID [0]
Sun Mar 10 08:00:14 2024 Info: MID 500048 RID [0] Response '2.0.0 Ok: queued as F0F166C1'
Sun Mar 10 08:00:14 2024 Info: Message finished MID 500048 done
Sun Mar 10 08:00:14 2024 Info: Start MID 500056 ICID 100023
Sun Mar 10 08:00:14 2024 Info: MID 500056 ICID 100023 From: <carol@flaky.example>
Sun Mar 10 08:00:14 2024 Info: MID 500056 ICID 100023 RID 0 To: <ivan0@outlook.example>
Sun Mar 10 08:00:14 2024 Info: MID 500056 ICID 100023 RID 1 To: <ivan1@oldcorp.example>
Sun Mar 10 08:00:14 2024 Info: MID 500056 Message-ID '<500056.1047142019262@flaky.example>'
Sun Mar 10 08:00:14 2024 Info: MID 500056 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:14 2024 Info: MID 500056 ready 398747 bytes from <carol@flaky.example>
Sun Mar 10 08:00:14 2024 Info: MID 500056 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:14 2024 Info: MID 500056 antivirus negative
Sun Mar 10 08:00:14 2024 Info: MID 500056 queued for delivery
Sun Mar 10 08:00:14 2024 Info: Delivery start DCID 20001 MID 500051 to RID [0]
Sun Mar 10 08:00:14 2024 Info: Message done DCID 20001 MID 500051 to RID [0]
Sun Mar 10 08:00:14 2024 Info: MID 500051 RID [0] Response '2.0.0 Ok: queued as 90DC71'
Sun Mar 10 08:00:14 2024 Info: Message finished MID 500051 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20005 MID 500046 to RID [2]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20005 MID 500046 to RID [2]
Sun Mar 10 08:00:15 2024 Info: MID 500046 RID [2] Response '2.0.0 Ok: queued as 49FEB5CA'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500046 done
Sun Mar 10 08:00:15 2024 Info: ICID 100023 close
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20001 MID 500052 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20001 MID 500052 to RID [0]
Sun Mar 10 08:00:15 2024 Info: MID 500052 RID [0] Response '2.0.0 Ok: queued as F0303415'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500052 done
Sun Mar 10 08:00:15 2024 Info: Bounced: DCID 0 MID 500053 to RID 0 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:15 2024 Info: MID 500057 generated for bounce of MID 500053
Sun Mar 10 08:00:15 2024 Info: Start MID 500057 ICID 0
Sun Mar 10 08:00:15 2024 Info: MID 500057 ICID 0 From: <>
Sun Mar 10 08:00:15 2024 Info: MID 500057 ICID 0 RID 0 To: <carol@outlook.example>
Sun Mar 10 08:00:15 2024 Info: MID 500057 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:15 2024 Info: MID 500057 ready 3555 bytes from <>
Sun Mar 10 08:00:15 2024 Info: MID 500057 queued for delivery
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20003 MID 500050 to RID [0, 1]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20003 MID 500050 to RID [0, 1]
Sun Mar 10 08:00:15 2024 Info: MID 500050 RID [0, 1] Response '2.0.0 Ok: queued as 27C30C60'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500050 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20003 MID 500056 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20003 MID 500056 to RID [0]
Sun Mar 10 08:00:15 2024 Info: MID 500056 RID [0] Response '2.0.0 Ok: queued as D235720'
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20005 MID 500054 to RID [1]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20005 MID 500054 to RID [1]
Sun Mar 10 08:00:15 2024 Info: MID 500054 RID [1] Response '2.0.0 Ok: queued as 68056E16'
Sun Mar 10 08:00:15 2024 Info: Bounced: DCID 0 MID 500055 to RID 1 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:15 2024 Info: MID 500058 generated for bounce of MID 500055
Sun Mar 10 08:00:15 2024 Info: Start MID 500058 ICID 0
Sun Mar 10 08:00:15 2024 Info: MID 500058 ICID 0 From: <>
Sun Mar 10 08:00:15 2024 Info: MID 500058 ICID 0 RID 0 To: <erin@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500058 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:15 2024 Info: MID 500058 ready 2917 bytes from <>
Sun Mar 10 08:00:15 2024 Info: MID 500058 queued for delivery
Sun Mar 10 08:00:15 2024 Info: New SMTP ICID 100029 interface Data 1 (10.0.0.25) address 203.0.113.17 reverse dns host smtp.flaky.example verified yes
Sun Mar 10 08:00:15 2024 Info: ICID 100029 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:15 2024 Info: ICID 100029 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20006 MID 500055 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20006 MID 500055 to RID [0]
Sun Mar 10 08:00:15 2024 Info: MID 500055 RID [0] Response '2.0.0 Ok: queued as D10BBC4E'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500055 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20003 MID 500054 to RID [0]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20003 MID 500054 to RID [0]
Sun Mar 10 08:00:15 2024 Info: MID 500054 RID [0] Response '2.0.0 Ok: queued as A0B9A293'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500054 done
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20006 MID 500053 to RID [1]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20006 MID 500053 to RID [1]
Sun Mar 10 08:00:15 2024 Info: MID 500053 RID [1] Response '2.0.0 Ok: queued as 16654657'
Sun Mar 10 08:00:15 2024 Info: Delivery start DCID 20002 MID 500056 to RID [1]
Sun Mar 10 08:00:15 2024 Info: Message done DCID 20002 MID 500056 to RID [1]
Sun Mar 10 08:00:15 2024 Info: MID 500056 RID [1] Response '2.0.0 Ok: queued as 1046212D'
Sun Mar 10 08:00:15 2024 Info: Message finished MID 500056 done
Sun Mar 10 08:00:15 2024 Info: Start MID 500059 ICID 100029
Sun Mar 10 08:00:15 2024 Info: MID 500059 ICID 100029 From: <judy@flaky.example>
Sun Mar 10 08:00:15 2024 Info: MID 500059 ICID 100029 RID 0 To: <erin0@brokenstarttls.example>
Sun Mar 10 08:00:15 2024 Info: MID 500059 Message-ID '<500059.616266173670@flaky.example>'
Sun Mar 10 08:00:15 2024 Info: MID 500059 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:15 2024 Info: MID 500059 ready 301639 bytes from <judy@flaky.example>
Sun Mar 10 08:00:15 2024 Info: MID 500059 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:15 2024 Info: MID 500059 antivirus negative
Sun Mar 10 08:00:15 2024 Info: MID 500059 queued for delivery
Sun Mar 10 08:00:15 2024 Info: Start MID 500060 ICID 100028
Sun Mar 10 08:00:15 2024 Info: MID 500060 ICID 100028 From: <dave@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500060 ICID 100028 RID 0 To: <dave0@outlook.example>
Sun Mar 10 08:00:15 2024 Info: MID 500060 ICID 100028 RID 1 To: <heidi1@university.example>
Sun Mar 10 08:00:15 2024 Info: MID 500060 Message-ID '<500060.248506435566@gmail.example>'
Sun Mar 10 08:00:15 2024 Info: MID 500060 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:15 2024 Info: MID 500060 ready 398494 bytes from <dave@gmail.example>
Sun Mar 10 08:00:15 2024 Info: MID 500060 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:15 2024 Info: MID 500060 antivirus negative
Sun Mar 10 08:00:15 2024 Info: MID 500060 queued for delivery
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20003 MID 500057 to RID [0]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20003 MID 500057 to RID [0]
Sun Mar 10 08:00:16 2024 Info: MID 500057 RID [0] Response '2.0.0 Ok: queued as 6A1DFF10'
Sun Mar 10 08:00:16 2024 Info: Message finished MID 500057 done
Sun Mar 10 08:00:16 2024 Info: ICID 100029 close
Sun Mar 10 08:00:16 2024 Info: New SMTP ICID 100030 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:16 2024 Info: ICID 100030 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:16 2024 Info: ICID 100030 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20002 MID 500053 to RID [2]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20002 MID 500053 to RID [2]
Sun Mar 10 08:00:16 2024 Info: MID 500053 RID [2] Response '2.0.0 Ok: queued as 7AF838B8'
Sun Mar 10 08:00:16 2024 Info: Start MID 500061 ICID 100026
Sun Mar 10 08:00:16 2024 Info: MID 500061 ICID 100026 From: <dave@resetter.example>
Sun Mar 10 08:00:16 2024 Info: MID 500061 ICID 100026 RID 0 To: <dave0@outlook.example>
Sun Mar 10 08:00:16 2024 Info: MID 500061 ICID 100026 RID 1 To: <frank1@partner-bank.example>
Sun Mar 10 08:00:16 2024 Info: MID 500061 ICID 100026 RID 2 To: <bob2@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500061 Message-ID '<500061.226878647863@resetter.example>'
Sun Mar 10 08:00:16 2024 Info: MID 500061 Subject 'Newsletter March'
Sun Mar 10 08:00:16 2024 Info: MID 500061 ready 24200 bytes from <dave@resetter.example>
Sun Mar 10 08:00:16 2024 Info: MID 500061 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:16 2024 Info: MID 500061 antivirus negative
Sun Mar 10 08:00:16 2024 Info: MID 500061 queued for delivery
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20007 MID 500059 to RID [0]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20007 MID 500059 to RID [0]
Sun Mar 10 08:00:16 2024 Info: MID 500059 RID [0] Response '2.0.0 Ok: queued as BE776FDD'
Sun Mar 10 08:00:16 2024 Info: Message finished MID 500059 done
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20001 MID 500053 to RID [3]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20001 MID 500053 to RID [3]
Sun Mar 10 08:00:16 2024 Info: MID 500053 RID [3] Response '2.0.0 Ok: queued as 22E253D9'
Sun Mar 10 08:00:16 2024 Info: Message finished MID 500053 done
Sun Mar 10 08:00:16 2024 Info: New SMTP ICID 100031 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:16 2024 Info: ICID 100031 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:16 2024 Info: ICID 100031 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:16 2024 Info: Delivery start DCID 20003 MID 500060 to RID [0]
Sun Mar 10 08:00:16 2024 Info: Message done DCID 20003 MID 500060 to RID [0]
Sun Mar 10 08:00:16 2024 Info: MID 500060 RID [0] Response '2.0.0 Ok: queued as 2F6C4EB7'
Sun Mar 10 08:00:16 2024 Info: ICID 100026 close
Sun Mar 10 08:00:16 2024 Info: Start MID 500062 ICID 100028
Sun Mar 10 08:00:16 2024 Info: MID 500062 ICID 100028 From: <judy@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500062 ICID 100028 RID 0 To: <alice0@plainmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500062 ICID 100028 RID 1 To: <erin1@oldcorp.example>
Sun Mar 10 08:00:16 2024 Info: MID 500062 ICID 100028 RID 2 To: <heidi2@university.example>
Sun Mar 10 08:00:16 2024 Info: MID 500062 Message-ID '<500062.176757229317@gmail.example>'
Sun Mar 10 08:00:16 2024 Info: MID 500062 Subject 'Meeting notes'
Sun Mar 10 08:00:16 2024 Info: MID 500062 ready 311797 bytes from <judy@gmail.example>
Sun Mar 10 08:00:16 2024 Info: MID 500062 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:16 2024 Info: MID 500062 antivirus negative
Sun Mar 10 08:00:16 2024 Info: MID 500062 queued for delivery
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20001 MID 500058 to RID [0]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20001 MID 500058 to RID [0]
Sun Mar 10 08:00:17 2024 Info: MID 500058 RID [0] Response '2.0.0 Ok: queued as 4B00EF4C'
Sun Mar 10 08:00:17 2024 Info: Message finished MID 500058 done
Sun Mar 10 08:00:17 2024 Info: Start MID 500063 ICID 100030
Sun Mar 10 08:00:17 2024 Info: MID 500063 ICID 100030 From: <carol@gmail.example>
Sun Mar 10 08:00:17 2024 Info: MID 500063 ICID 100030 RID 0 To: <carol0@gmail.example>
Sun Mar 10 08:00:17 2024 Info: MID 500063 Message-ID '<500063.309308268070@gmail.example>'
Sun Mar 10 08:00:17 2024 Info: MID 500063 Subject 'Quarterly report'
Sun Mar 10 08:00:17 2024 Info: MID 500063 ready 215744 bytes from <carol@gmail.example>
Sun Mar 10 08:00:17 2024 Info: MID 500063 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:17 2024 Info: MID 500063 antivirus negative
Sun Mar 10 08:00:17 2024 Info: MID 500063 queued for delivery
Sun Mar 10 08:00:17 2024 Info: ICID 100028 close
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20003 MID 500061 to RID [0]
Sun Mar 10 08:00:17 2024 Info: Bounced: DCID 20003 MID 500061 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:17 2024 Info: MID 500064 generated for bounce of MID 500061
Sun Mar 10 08:00:17 2024 Info: Start MID 500064 ICID 0
Sun Mar 10 08:00:17 2024 Info: MID 500064 ICID 0 From: <>
Sun Mar 10 08:00:17 2024 Info: MID 500064 ICID 0 RID 0 To: <dave@resetter.example>
Sun Mar 10 08:00:17 2024 Info: MID 500064 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:17 2024 Info: MID 500064 ready 5819 bytes from <>
Sun Mar 10 08:00:17 2024 Info: MID 500064 queued for delivery
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20000 MID 500061 to RID [1]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20000 MID 500061 to RID [1]
Sun Mar 10 08:00:17 2024 Info: MID 500061 RID [1] Response '2.0.0 Ok: queued as 6B77EAF1'
Sun Mar 10 08:00:17 2024 Info: New SMTP ICID 100032 interface Data 1 (10.0.0.25) address 203.0.113.16 reverse dns host bulk.newsletter.example verified yes
Sun Mar 10 08:00:17 2024 Info: ICID 100032 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20005 MID 500060 to RID [1]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20005 MID 500060 to RID [1]
Sun Mar 10 08:00:17 2024 Info: MID 500060 RID [1] Response '2.0.0 Ok: queued as 818174A9'
Sun Mar 10 08:00:17 2024 Info: Message finished MID 500060 done
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20006 MID 500062 to RID [0]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20006 MID 500062 to RID [0]
Sun Mar 10 08:00:17 2024 Info: MID 500062 RID [0] Response '2.0.0 Ok: queued as A33A6468'
Sun Mar 10 08:00:17 2024 Info: Delivery start DCID 20001 MID 500063 to RID [0]
Sun Mar 10 08:00:17 2024 Info: Message done DCID 20001 MID 500063 to RID [0]
Sun Mar 10 08:00:17 2024 Info: MID 500063 RID [0] Response '2.0.0 Ok: queued as DBC20839'
Sun Mar 10 08:00:17 2024 Info: Message finished MID 500063 done
Sun Mar 10 08:00:18 2024 Info: Start MID 500065 ICID 100031
Sun Mar 10 08:00:18 2024 Info: MID 500065 ICID 100031 From: <frank@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500065 ICID 100031 RID 0 To: <erin0@outlook.example>
Sun Mar 10 08:00:18 2024 Info: MID 500065 ICID 100031 RID 1 To: <judy1@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500065 Message-ID '<500065.8362749840@gmail.example>'
Sun Mar 10 08:00:18 2024 Info: MID 500065 Subject 'Newsletter March'
Sun Mar 10 08:00:18 2024 Info: MID 500065 ready 104819 bytes from <frank@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500065 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:18 2024 Info: MID 500065 antivirus negative
Sun Mar 10 08:00:18 2024 Info: MID 500065 queued for delivery
Sun Mar 10 08:00:18 2024 Info: New SMTP ICID 100033 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:18 2024 Info: ICID 100033 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:18 2024 Info: ICID 100033 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20006 MID 500064 to RID [0]
Sun Mar 10 08:00:18 2024 Info: Delayed: DCID 20006 MID 500064 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:18 2024 Info: MID 500064 to RID [0] pending till Sun Mar 10 08:04:34 2024
Sun Mar 10 08:00:18 2024 Info: Start MID 500066 ICID 100032
Sun Mar 10 08:00:18 2024 Info: MID 500066 ICID 100032 From: <erin@newsletter.example>
Sun Mar 10 08:00:18 2024 Info: MID 500066 ICID 100032 RID 0 To: <dave0@plainmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500066 Message-ID '<500066.987261845216@newsletter.example>'
Sun Mar 10 08:00:18 2024 Info: MID 500066 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:18 2024 Info: MID 500066 ready 48788 bytes from <erin@newsletter.example>
Sun Mar 10 08:00:18 2024 Info: MID 500066 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:18 2024 Info: MID 500066 antivirus negative
Sun Mar 10 08:00:18 2024 Info: MID 500066 queued for delivery
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20001 MID 500061 to RID [2]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20001 MID 500061 to RID [2]
Sun Mar 10 08:00:18 2024 Info: MID 500061 RID [2] Response '2.0.0 Ok: queued as 280520F0'
Sun Mar 10 08:00:18 2024 Info: Message finished MID 500061 done
Sun Mar 10 08:00:18 2024 Info: ICID 100032 close
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20005 MID 500062 to RID [2]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20005 MID 500062 to RID [2]
Sun Mar 10 08:00:18 2024 Info: MID 500062 RID [2] Response '2.0.0 Ok: queued as 30553B90'
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20003 MID 500065 to RID [0]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20003 MID 500065 to RID [0]
Sun Mar 10 08:00:18 2024 Info: MID 500065 RID [0] Response '2.0.0 Ok: queued as 26925663'
Sun Mar 10 08:00:18 2024 Info: Delivery start DCID 20002 MID 500062 to RID [1]
Sun Mar 10 08:00:18 2024 Info: Message done DCID 20002 MID 500062 to RID [1]
Sun Mar 10 08:00:18 2024 Info: MID 500062 RID [1] Response '2.0.0 Ok: queued as E0B214B0'
Sun Mar 10 08:00:18 2024 Info: Message finished MID 500062 done
Sun Mar 10 08:00:18 2024 Info: New SMTP ICID 100034 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:18 2024 Info: ICID 100034 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:18 2024 Info: ICID 100034 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:18 2024 Info: Start MID 500067 ICID 100034
Sun Mar 10 08:00:18 2024 Info: MID 500067 ICID 100034 From: <judy@partner-bank.example>
Sun Mar 10 08:00:18 2024 Info: MID 500067 ICID 100034 RID 0 To: <erin0@partner-bank.example>
Sun Mar 10 08:00:18 2024 Info: MID 500067 ICID 100034 RID 1 To: <heidi1@plainmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500067 ICID 100034 RID 2 To: <erin2@outlook.example>
Sun Mar 10 08:00:18 2024 Info: MID 500067 Message-ID '<500067.570540320678@partner-bank.example>'
Sun Mar 10 08:00:18 2024 Info: MID 500067 Subject 'Quarterly report'
Sun Mar 10 08:00:18 2024 Info: MID 500067 ready 215801 bytes from <judy@partner-bank.example>
Sun Mar 10 08:00:18 2024 Info: MID 500067 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:18 2024 Info: MID 500067 antivirus negative
Sun Mar 10 08:00:18 2024 Info: MID 500067 queued for delivery
Sun Mar 10 08:00:18 2024 Info: Start MID 500068 ICID 100031
Sun Mar 10 08:00:18 2024 Info: MID 500068 ICID 100031 From: <alice@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500068 ICID 100031 RID 0 To: <judy0@partner-bank.example>
Sun Mar 10 08:00:18 2024 Info: MID 500068 ICID 100031 RID 1 To: <frank1@outlook.example>
Sun Mar 10 08:00:18 2024 Info: MID 500068 Message-ID '<500068.905191045048@gmail.example>'
Sun Mar 10 08:00:18 2024 Info: MID 500068 Subject 'Meeting notes'
Sun Mar 10 08:00:18 2024 Info: MID 500068 ready 265117 bytes from <alice@gmail.example>
Sun Mar 10 08:00:18 2024 Info: MID 500068 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:18 2024 Info: MID 500068 antivirus negative
Sun Mar 10 08:00:18 2024 Info: MID 500068 queued for delivery
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20006 MID 500066 to RID [0]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20006 MID 500066 to RID [0]
Sun Mar 10 08:00:19 2024 Info: MID 500066 RID [0] Response '2.0.0 Ok: queued as E0D60C62'
Sun Mar 10 08:00:19 2024 Info: Message finished MID 500066 done
Sun Mar 10 08:00:19 2024 Info: Start MID 500069 ICID 100033
Sun Mar 10 08:00:19 2024 Info: MID 500069 ICID 100033 From: <carol@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500069 ICID 100033 RID 0 To: <alice0@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500069 ICID 100033 RID 1 To: <grace1@plainmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500069 ICID 100033 RID 2 To: <judy2@oldcorp.example>
Sun Mar 10 08:00:19 2024 Info: MID 500069 Message-ID '<500069.912339339931@gmail.example>'
Sun Mar 10 08:00:19 2024 Info: MID 500069 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:19 2024 Info: MID 500069 ready 133632 bytes from <carol@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500069 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:19 2024 Info: MID 500069 antivirus negative
Sun Mar 10 08:00:19 2024 Info: MID 500069 queued for delivery
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20001 MID 500065 to RID [1]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20001 MID 500065 to RID [1]
Sun Mar 10 08:00:19 2024 Info: MID 500065 RID [1] Response '2.0.0 Ok: queued as 1BDAA9D2'
Sun Mar 10 08:00:19 2024 Info: Message finished MID 500065 done
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20000 MID 500068 to RID [0]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20000 MID 500068 to RID [0]
Sun Mar 10 08:00:19 2024 Info: MID 500068 RID [0] Response '2.0.0 Ok: queued as 5E9FB863'
Sun Mar 10 08:00:19 2024 Info: New SMTP ICID 100035 interface Data 1 (10.0.0.25) address 203.0.113.19 reverse dns host mta.strictpartner.example verified yes
Sun Mar 10 08:00:19 2024 Info: ICID 100035 ACCEPT SG PARTNERS_TLS match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:19 2024 Info: ICID 100035 TLS failed
Sun Mar 10 08:00:19 2024 Info: ICID 100035 lost
Sun Mar 10 08:00:19 2024 Info: ICID 100035 TLS was required but remote host did not initiate it
Sun Mar 10 08:00:19 2024 Info: ICID 100035 close
Sun Mar 10 08:00:19 2024 Info: New SMTP ICID 100036 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:19 2024 Info: ICID 100036 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:19 2024 Info: ICID 100036 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20002 MID 500069 to RID [2]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20002 MID 500069 to RID [2]
Sun Mar 10 08:00:19 2024 Info: MID 500069 RID [2] Response '2.0.0 Ok: queued as 20DCDAD5'
Sun Mar 10 08:00:19 2024 Info: Start MID 500070 ICID 100033
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 From: <erin@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 RID 0 To: <judy0@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 RID 1 To: <grace1@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 RID 2 To: <ivan2@outlook.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 RID 3 To: <grace3@partner-bank.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 RID 4 To: <ivan4@brokenstarttls.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 RID 5 To: <frank5@outlook.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 RID 6 To: <judy6@strict-gov.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 ICID 100033 RID 7 To: <heidi7@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 Message-ID '<500070.599509960567@gmail.example>'
Sun Mar 10 08:00:19 2024 Info: MID 500070 Subject 'Meeting notes'
Sun Mar 10 08:00:19 2024 Info: MID 500070 ready 394905 bytes from <erin@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500070 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:19 2024 Info: MID 500070 antivirus negative
Sun Mar 10 08:00:19 2024 Info: MID 500070 queued for delivery
Sun Mar 10 08:00:19 2024 Info: New SMTP ICID 100037 interface Data 1 (10.0.0.25) address 203.0.113.17 reverse dns host smtp.flaky.example verified yes
Sun Mar 10 08:00:19 2024 Info: ICID 100037 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:19 2024 Info: ICID 100037 TLS failed: (336151574, 'error:14094416:SSL routines:ssl3_read_bytes:sslv3 alert certificate unknown')
Sun Mar 10 08:00:19 2024 Info: Delivery start DCID 20006 MID 500069 to RID [1]
Sun Mar 10 08:00:19 2024 Info: Message done DCID 20006 MID 500069 to RID [1]
Sun Mar 10 08:00:19 2024 Info: MID 500069 RID [1] Response '2.0.0 Ok: queued as AF72845E'
Sun Mar 10 08:00:19 2024 Info: Start MID 500071 ICID 100030
Sun Mar 10 08:00:19 2024 Info: MID 500071 ICID 100030 From: <carol@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500071 ICID 100030 RID 0 To: <heidi0@partner-bank.example>
Sun Mar 10 08:00:19 2024 Info: MID 500071 ICID 100030 RID 1 To: <carol1@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500071 Message-ID '<500071.680224034578@gmail.example>'
Sun Mar 10 08:00:19 2024 Info: MID 500071 Subject 'Your order has shipped'
Sun Mar 10 08:00:19 2024 Info: MID 500071 ready 30738 bytes from <carol@gmail.example>
Sun Mar 10 08:00:19 2024 Info: MID 500071 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:19 2024 Info: MID 500071 antivirus negative
Sun Mar 10 08:00:19 2024 Info: MID 500071 queued for delivery
Sun Mar 10 08:00:20 2024 Info: New SMTP ICID 100038 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:20 2024 Info: ICID 100038 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:20 2024 Info: ICID 100038 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:20 2024 Info: Start MID 500072 ICID 100037
Sun Mar 10 08:00:20 2024 Info: MID 500072 ICID 100037 From: <alice@flaky.example>
Sun Mar 10 08:00:20 2024 Info: MID 500072 ICID 100037 RID 0 To: <carol0@university.example>
Sun Mar 10 08:00:20 2024 Info: MID 500072 ICID 100037 RID 1 To: <bob1@gmail.example>
Sun Mar 10 08:00:20 2024 Info: MID 500072 ICID 100037 RID 2 To: <alice2@outlook.example>
Sun Mar 10 08:00:20 2024 Info: MID 500072 Message-ID '<500072.105800065186@flaky.example>'
Sun Mar 10 08:00:20 2024 Info: MID 500072 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:20 2024 Info: MID 500072 ready 145745 bytes from <alice@flaky.example>
Sun Mar 10 08:00:20 2024 Info: MID 500072 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:20 2024 Info: MID 500072 antivirus negative
Sun Mar 10 08:00:20 2024 Info: MID 500072 queued for delivery
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20006 MID 500067 to RID [1]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20006 MID 500067 to RID [1]
Sun Mar 10 08:00:20 2024 Info: MID 500067 RID [1] Response '2.0.0 Ok: queued as E73450E0'
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20003 MID 500072 to RID [2]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20003 MID 500072 to RID [2]
Sun Mar 10 08:00:20 2024 Info: MID 500072 RID [2] Response '2.0.0 Ok: queued as DFDDF33E'
Sun Mar 10 08:00:20 2024 Info: New SMTP ICID 100039 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:20 2024 Info: ICID 100039 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:20 2024 Info: ICID 100039 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:20 2024 Info: New SMTP ICID 100040 interface Data 1 (10.0.0.25) address 203.0.113.14 reverse dns host gw.oldcorp.example verified yes
Sun Mar 10 08:00:20 2024 Info: ICID 100040 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:20 2024 Info: ICID 100040 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20000 MID 500067 to RID [0]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20000 MID 500067 to RID [0]
Sun Mar 10 08:00:20 2024 Info: MID 500067 RID [0] Response '2.0.0 Ok: queued as 589127F8'
Sun Mar 10 08:00:20 2024 Info: New SMTP DCID 20008 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:00:20 2024 Info: DCID 20008 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:00:20 2024 Info: Delayed: DCID 20008 MID 500070 to RID [6] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:00:20 2024 Info: DCID 20008 close
Sun Mar 10 08:00:20 2024 Info: MID 500070 to RID [6] pending till Sun Mar 10 08:02:31 2024
Sun Mar 10 08:00:20 2024 Info: Start MID 500073 ICID 100036
Sun Mar 10 08:00:20 2024 Info: MID 500073 ICID 100036 From: <carol@outlook.example>
Sun Mar 10 08:00:20 2024 Info: MID 500073 ICID 100036 RID 0 To: <judy0@partner-bank.example>
Sun Mar 10 08:00:20 2024 Info: MID 500073 ICID 100036 RID 1 To: <judy1@plainmail.example>
Sun Mar 10 08:00:20 2024 Info: MID 500073 ICID 100036 RID 2 To: <carol2@legacy-law.example>
Sun Mar 10 08:00:20 2024 Info: MID 500073 Message-ID '<500073.846419475277@outlook.example>'
Sun Mar 10 08:00:20 2024 Info: MID 500073 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:20 2024 Info: MID 500073 ready 315444 bytes from <carol@outlook.example>
Sun Mar 10 08:00:20 2024 Info: MID 500073 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:20 2024 Info: MID 500073 antivirus negative
Sun Mar 10 08:00:20 2024 Info: MID 500073 queued for delivery
Sun Mar 10 08:00:20 2024 Info: Delivery start DCID 20001 MID 500069 to RID [0]
Sun Mar 10 08:00:20 2024 Info: Message done DCID 20001 MID 500069 to RID [0]
Sun Mar 10 08:00:20 2024 Info: MID 500069 RID [0] Response '2.0.0 Ok: queued as BCA9F738'
Sun Mar 10 08:00:20 2024 Info: Message finished MID 500069 done
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20003 MID 500067 to RID [2]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20003 MID 500067 to RID [2]
Sun Mar 10 08:00:21 2024 Info: MID 500067 RID [2] Response '2.0.0 Ok: queued as C27509BD'
Sun Mar 10 08:00:21 2024 Info: Message finished MID 500067 done
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20007 MID 500070 to RID [4]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20007 MID 500070 to RID [4]
Sun Mar 10 08:00:21 2024 Info: MID 500070 RID [4] Response '2.0.0 Ok: queued as C277E1DC'
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20003 MID 500068 to RID [1]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20003 MID 500068 to RID [1]
Sun Mar 10 08:00:21 2024 Info: MID 500068 RID [1] Response '2.0.0 Ok: queued as 6222CBBA'
Sun Mar 10 08:00:21 2024 Info: Message finished MID 500068 done
Sun Mar 10 08:00:21 2024 Info: Start MID 500074 ICID 100038
Sun Mar 10 08:00:21 2024 Info: MID 500074 ICID 100038 From: <bob@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500074 ICID 100038 RID 0 To: <erin0@oldcorp.example>
Sun Mar 10 08:00:21 2024 Info: MID 500074 Message-ID '<500074.939679788536@outlook.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500074 Subject 'Password reset'
Sun Mar 10 08:00:21 2024 Info: MID 500074 ready 200950 bytes from <bob@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500074 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500074 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500074 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20003 MID 500070 to RID [2, 5]
Sun Mar 10 08:00:21 2024 Info: Delayed: DCID 20003 MID 500070 to RID 5 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20003 MID 500070 to RID [2]
Sun Mar 10 08:00:21 2024 Info: MID 500070 RID [2] Response '2.0.0 Ok: queued as 90B1FCF9'
Sun Mar 10 08:00:21 2024 Info: MID 500070 to RID [5] pending till Sun Mar 10 08:02:14 2024
Sun Mar 10 08:00:21 2024 Info: New SMTP ICID 100041 interface Data 1 (10.0.0.25) address 203.0.113.12 reverse dns host mail-db8.outlook.example verified yes
Sun Mar 10 08:00:21 2024 Info: ICID 100041 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:21 2024 Info: ICID 100041 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20001 MID 500071 to RID [1]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20001 MID 500071 to RID [1]
Sun Mar 10 08:00:21 2024 Info: MID 500071 RID [1] Response '2.0.0 Ok: queued as A46893D5'
Sun Mar 10 08:00:21 2024 Info: Start MID 500075 ICID 100038
Sun Mar 10 08:00:21 2024 Info: MID 500075 ICID 100038 From: <heidi@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500075 ICID 100038 RID 0 To: <frank0@partner-bank.example>
Sun Mar 10 08:00:21 2024 Info: MID 500075 Message-ID '<500075.762454455819@outlook.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500075 Subject 'Your order has shipped'
Sun Mar 10 08:00:21 2024 Info: MID 500075 ready 341841 bytes from <heidi@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500075 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500075 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500075 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Start MID 500076 ICID 100033
Sun Mar 10 08:00:21 2024 Info: MID 500076 ICID 100033 From: <grace@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500076 ICID 100033 RID 0 To: <grace0@brokenstarttls.example>
Sun Mar 10 08:00:21 2024 Info: MID 500076 ICID 100033 RID 1 To: <bob1@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500076 Message-ID '<500076.297740435515@gmail.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500076 Subject 'Password reset'
Sun Mar 10 08:00:21 2024 Info: MID 500076 ready 200394 bytes from <grace@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500076 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500076 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500076 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20006 MID 500073 to RID [1]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20006 MID 500073 to RID [1]
Sun Mar 10 08:00:21 2024 Info: MID 500073 RID [1] Response '2.0.0 Ok: queued as 2C7A5536'
Sun Mar 10 08:00:21 2024 Info: Start MID 500077 ICID 100037
Sun Mar 10 08:00:21 2024 Info: MID 500077 ICID 100037 From: <ivan@flaky.example>
Sun Mar 10 08:00:21 2024 Info: MID 500077 ICID 100037 RID 0 To: <bob0@partner-bank.example>
Sun Mar 10 08:00:21 2024 Info: MID 500077 Message-ID '<500077.770317916481@flaky.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500077 Subject 'Quarterly report'
Sun Mar 10 08:00:21 2024 Info: MID 500077 ready 170398 bytes from <ivan@flaky.example>
Sun Mar 10 08:00:21 2024 Info: MID 500077 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500077 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500077 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Start MID 500078 ICID 100039
Sun Mar 10 08:00:21 2024 Info: MID 500078 ICID 100039 From: <alice@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500078 ICID 100039 RID 0 To: <alice0@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500078 ICID 100039 RID 1 To: <carol1@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500078 ICID 100039 RID 2 To: <erin2@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500078 Message-ID '<500078.85030023264@outlook.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500078 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:21 2024 Info: MID 500078 ready 272081 bytes from <alice@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500078 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500078 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500078 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Start MID 500079 ICID 100041
Sun Mar 10 08:00:21 2024 Info: MID 500079 ICID 100041 From: <carol@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500079 ICID 100041 RID 0 To: <alice0@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500079 ICID 100041 RID 1 To: <carol1@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500079 ICID 100041 RID 2 To: <frank2@university.example>
Sun Mar 10 08:00:21 2024 Info: MID 500079 Message-ID '<500079.936174645493@outlook.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500079 Subject 'Your order has shipped'
Sun Mar 10 08:00:21 2024 Info: MID 500079 ready 256182 bytes from <carol@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500079 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500079 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500079 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20000 MID 500070 to RID [3]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20000 MID 500070 to RID [3]
Sun Mar 10 08:00:21 2024 Info: MID 500070 RID [3] Response '2.0.0 Ok: queued as B8206E14'
Sun Mar 10 08:00:21 2024 Info: Start MID 500080 ICID 100034
Sun Mar 10 08:00:21 2024 Info: MID 500080 ICID 100034 From: <bob@partner-bank.example>
Sun Mar 10 08:00:21 2024 Info: MID 500080 ICID 100034 RID 0 To: <carol0@university.example>
Sun Mar 10 08:00:21 2024 Info: MID 500080 Message-ID '<500080.284175590822@partner-bank.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500080 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:21 2024 Info: MID 500080 ready 216711 bytes from <bob@partner-bank.example>
Sun Mar 10 08:00:21 2024 Info: MID 500080 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500080 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500080 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Start MID 500081 ICID 100031
Sun Mar 10 08:00:21 2024 Info: MID 500081 ICID 100031 From: <erin@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500081 ICID 100031 RID 0 To: <carol0@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500081 Message-ID '<500081.671789578220@gmail.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500081 Subject 'Newsletter March'
Sun Mar 10 08:00:21 2024 Info: MID 500081 ready 79927 bytes from <erin@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500081 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500081 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500081 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Start MID 500082 ICID 100030
Sun Mar 10 08:00:21 2024 Info: MID 500082 ICID 100030 From: <alice@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500082 ICID 100030 RID 0 To: <alice0@partner-bank.example>
Sun Mar 10 08:00:21 2024 Info: MID 500082 ICID 100030 RID 1 To: <alice1@outlook.example>
Sun Mar 10 08:00:21 2024 Info: MID 500082 ICID 100030 RID 2 To: <frank2@brokenstarttls.example>
Sun Mar 10 08:00:21 2024 Info: MID 500082 Message-ID '<500082.727840961585@gmail.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500082 Subject 'Re: invoice 2024-0117'
Sun Mar 10 08:00:21 2024 Info: MID 500082 ready 122696 bytes from <alice@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500082 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500082 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500082 queued for delivery
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20004 MID 500073 to RID [2]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20004 MID 500073 to RID [2]
Sun Mar 10 08:00:21 2024 Info: MID 500073 RID [2] Response '2.0.0 Ok: queued as D3AA4A59'
Sun Mar 10 08:00:21 2024 Info: Start MID 500083 ICID 100040
Sun Mar 10 08:00:21 2024 Info: MID 500083 ICID 100040 From: <judy@oldcorp.example>
Sun Mar 10 08:00:21 2024 Info: MID 500083 ICID 100040 RID 0 To: <frank0@nxdomain.example>
Sun Mar 10 08:00:21 2024 Info: MID 500083 ICID 100040 RID 1 To: <bob1@gmail.example>
Sun Mar 10 08:00:21 2024 Info: MID 500083 ICID 100040 RID 2 To: <bob2@oldcorp.example>
Sun Mar 10 08:00:21 2024 Info: MID 500083 Message-ID '<500083.195415180285@oldcorp.example>'
Sun Mar 10 08:00:21 2024 Info: MID 500083 Subject 'Quarterly report'
Sun Mar 10 08:00:21 2024 Info: MID 500083 ready 112934 bytes from <judy@oldcorp.example>
Sun Mar 10 08:00:21 2024 Info: MID 500083 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:21 2024 Info: MID 500083 antivirus negative
Sun Mar 10 08:00:21 2024 Info: MID 500083 queued for delivery
Sun Mar 10 08:00:21 2024 Info: ICID 100038 close
Sun Mar 10 08:00:21 2024 Info: ICID 100033 close
Sun Mar 10 08:00:21 2024 Info: Delivery start DCID 20000 MID 500071 to RID [0]
Sun Mar 10 08:00:21 2024 Info: Message done DCID 20000 MID 500071 to RID [0]
Sun Mar 10 08:00:21 2024 Info: MID 500071 RID [0] Response '2.0.0 Ok: queued as F7A77507'
Sun Mar 10 08:00:21 2024 Info: Message finished MID 500071 done
Sun Mar 10 08:00:22 2024 Info: ICID 100030 close
Sun Mar 10 08:00:22 2024 Info: ICID 100031 close
Sun Mar 10 08:00:22 2024 Info: ICID 100037 close
Sun Mar 10 08:00:22 2024 Info: New SMTP ICID 100042 interface Data 1 (10.0.0.25) address 203.0.113.14 reverse dns host gw.oldcorp.example verified yes
Sun Mar 10 08:00:22 2024 Info: ICID 100042 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:22 2024 Info: ICID 100042 TLS success protocol TLSv1 cipher DHE-RSA-AES256-SHA
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20001 MID 500070 to RID [0, 1, 7]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20001 MID 500070 to RID [0, 1, 7]
Sun Mar 10 08:00:22 2024 Info: MID 500070 RID [0, 1, 7] Response '2.0.0 Ok: queued as 48D92D0'
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20000 MID 500082 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20000 MID 500082 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500082 RID [0] Response '2.0.0 Ok: queued as 8F3506E8'
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20001 MID 500072 to RID [1]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20001 MID 500072 to RID [1]
Sun Mar 10 08:00:22 2024 Info: MID 500072 RID [1] Response '2.0.0 Ok: queued as F26238CE'
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20002 MID 500083 to RID [2]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20002 MID 500083 to RID [2]
Sun Mar 10 08:00:22 2024 Info: MID 500083 RID [2] Response '2.0.0 Ok: queued as 6AB95DE5'
Sun Mar 10 08:00:22 2024 Info: Start MID 500084 ICID 100042
Sun Mar 10 08:00:22 2024 Info: MID 500084 ICID 100042 From: <frank@oldcorp.example>
Sun Mar 10 08:00:22 2024 Info: MID 500084 ICID 100042 RID 0 To: <alice0@oldcorp.example>
Sun Mar 10 08:00:22 2024 Info: MID 500084 ICID 100042 RID 1 To: <erin1@nxdomain.example>
Sun Mar 10 08:00:22 2024 Info: MID 500084 ICID 100042 RID 2 To: <grace2@outlook.example>
Sun Mar 10 08:00:22 2024 Info: MID 500084 Message-ID '<500084.18905576767@oldcorp.example>'
Sun Mar 10 08:00:22 2024 Info: MID 500084 Subject 'Meeting notes'
Sun Mar 10 08:00:22 2024 Info: MID 500084 ready 64943 bytes from <frank@oldcorp.example>
Sun Mar 10 08:00:22 2024 Info: MID 500084 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:22 2024 Info: MID 500084 antivirus negative
Sun Mar 10 08:00:22 2024 Info: MID 500084 queued for delivery
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20000 MID 500073 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20000 MID 500073 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500073 RID [0] Response '2.0.0 Ok: queued as 1728AC5B'
Sun Mar 10 08:00:22 2024 Info: Message finished MID 500073 done
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20005 MID 500079 to RID [2]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20005 MID 500079 to RID [2]
Sun Mar 10 08:00:22 2024 Info: MID 500079 RID [2] Response '2.0.0 Ok: queued as FF0B5A6D'
Sun Mar 10 08:00:22 2024 Info: Start MID 500085 ICID 100036
Sun Mar 10 08:00:22 2024 Info: MID 500085 ICID 100036 From: <grace@outlook.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 ICID 100036 RID 0 To: <grace0@gmail.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 ICID 100036 RID 1 To: <dave1@partner-bank.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 ICID 100036 RID 2 To: <heidi2@outlook.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 ICID 100036 RID 3 To: <grace3@outlook.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 ICID 100036 RID 4 To: <carol4@partner-bank.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 ICID 100036 RID 5 To: <dave5@oldcorp.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 ICID 100036 RID 6 To: <alice6@gmail.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 Message-ID '<500085.685680176628@outlook.example>'
Sun Mar 10 08:00:22 2024 Info: MID 500085 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:22 2024 Info: MID 500085 ready 129060 bytes from <grace@outlook.example>
Sun Mar 10 08:00:22 2024 Info: MID 500085 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:22 2024 Info: MID 500085 antivirus negative
Sun Mar 10 08:00:22 2024 Info: MID 500085 queued for delivery
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20005 MID 500072 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20005 MID 500072 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500072 RID [0] Response '2.0.0 Ok: queued as FA421263'
Sun Mar 10 08:00:22 2024 Info: Message finished MID 500072 done
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20007 MID 500082 to RID [2]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20007 MID 500082 to RID [2]
Sun Mar 10 08:00:22 2024 Info: MID 500082 RID [2] Response '2.0.0 Ok: queued as 84830CEE'
Sun Mar 10 08:00:22 2024 Info: ICID 100036 close
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20007 MID 500076 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20007 MID 500076 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500076 RID [0] Response '2.0.0 Ok: queued as C8EE7C5D'
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20001 MID 500083 to RID [1]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20001 MID 500083 to RID [1]
Sun Mar 10 08:00:22 2024 Info: MID 500083 RID [1] Response '2.0.0 Ok: queued as A1A70B0F'
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20001 MID 500079 to RID [0, 1]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20001 MID 500079 to RID [0, 1]
Sun Mar 10 08:00:22 2024 Info: MID 500079 RID [0, 1] Response '2.0.0 Ok: queued as 8C2B9DA7'
Sun Mar 10 08:00:22 2024 Info: Message finished MID 500079 done
Sun Mar 10 08:00:22 2024 Info: Delivery start DCID 20005 MID 500080 to RID [0]
Sun Mar 10 08:00:22 2024 Info: Message done DCID 20005 MID 500080 to RID [0]
Sun Mar 10 08:00:22 2024 Info: MID 500080 RID [0] Response '2.0.0 Ok: queued as E8791C84'
Sun Mar 10 08:00:22 2024 Info: Message finished MID 500080 done
Sun Mar 10 08:00:22 2024 Info: New SMTP ICID 100043 interface Data 1 (10.0.0.25) address 203.0.113.13 reverse dns host mx2.partner-bank.example verified yes
Sun Mar 10 08:00:22 2024 Info: ICID 100043 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:22 2024 Info: ICID 100043 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256
Sun Mar 10 08:00:22 2024 Info: Bounced: DCID 0 MID 500084 to RID 1 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:22 2024 Info: MID 500086 generated for bounce of MID 500084
Sun Mar 10 08:00:22 2024 Info: Start MID 500086 ICID 0
Sun Mar 10 08:00:22 2024 Info: MID 500086 ICID 0 From: <>
Sun Mar 10 08:00:22 2024 Info: MID 500086 ICID 0 RID 0 To: <frank@oldcorp.example>
Sun Mar 10 08:00:22 2024 Info: MID 500086 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:22 2024 Info: MID 500086 ready 3500 bytes from <>
Sun Mar 10 08:00:22 2024 Info: MID 500086 queued for delivery
Sun Mar 10 08:00:23 2024 Info: New SMTP ICID 100044 interface Data 1 (10.0.0.25) address 203.0.113.16 reverse dns host bulk.newsletter.example verified yes
Sun Mar 10 08:00:23 2024 Info: ICID 100044 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20002 MID 500085 to RID [5]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20002 MID 500085 to RID [5]
Sun Mar 10 08:00:23 2024 Info: MID 500085 RID [5] Response '2.0.0 Ok: queued as 5D708B66'
Sun Mar 10 08:00:23 2024 Info: Start MID 500087 ICID 100034
Sun Mar 10 08:00:23 2024 Info: MID 500087 ICID 100034 From: <grace@partner-bank.example>
Sun Mar 10 08:00:23 2024 Info: MID 500087 ICID 100034 RID 0 To: <carol0@university.example>
Sun Mar 10 08:00:23 2024 Info: MID 500087 ICID 100034 RID 1 To: <alice1@plainmail.example>
Sun Mar 10 08:00:23 2024 Info: MID 500087 ICID 100034 RID 2 To: <dave2@oldcorp.example>
Sun Mar 10 08:00:23 2024 Info: MID 500087 Message-ID '<500087.357716958545@partner-bank.example>'
Sun Mar 10 08:00:23 2024 Info: MID 500087 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:23 2024 Info: MID 500087 ready 124290 bytes from <grace@partner-bank.example>
Sun Mar 10 08:00:23 2024 Info: MID 500087 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:23 2024 Info: MID 500087 antivirus negative
Sun Mar 10 08:00:23 2024 Info: MID 500087 queued for delivery
Sun Mar 10 08:00:23 2024 Info: Start MID 500088 ICID 100039
Sun Mar 10 08:00:23 2024 Info: MID 500088 ICID 100039 From: <judy@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500088 ICID 100039 RID 0 To: <erin0@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500088 ICID 100039 RID 1 To: <ivan1@brokenstarttls.example>
Sun Mar 10 08:00:23 2024 Info: MID 500088 ICID 100039 RID 2 To: <ivan2@oldcorp.example>
Sun Mar 10 08:00:23 2024 Info: MID 500088 Message-ID '<500088.110673150051@outlook.example>'
Sun Mar 10 08:00:23 2024 Info: MID 500088 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:23 2024 Info: MID 500088 ready 81640 bytes from <judy@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500088 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:23 2024 Info: MID 500088 antivirus negative
Sun Mar 10 08:00:23 2024 Info: MID 500088 queued for delivery
Sun Mar 10 08:00:23 2024 Info: New SMTP ICID 100045 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:23 2024 Info: ICID 100045 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:23 2024 Info: ICID 100045 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20001 MID 500078 to RID [0, 1, 2]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20001 MID 500078 to RID [0, 1, 2]
Sun Mar 10 08:00:23 2024 Info: MID 500078 RID [0, 1, 2] Response '2.0.0 Ok: queued as 41CFD5CF'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500078 done
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20003 MID 500084 to RID [2]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20003 MID 500084 to RID [2]
Sun Mar 10 08:00:23 2024 Info: MID 500084 RID [2] Response '2.0.0 Ok: queued as 177413E0'
Sun Mar 10 08:00:23 2024 Info: ICID 100034 close
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20003 MID 500082 to RID [1]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20003 MID 500082 to RID [1]
Sun Mar 10 08:00:23 2024 Info: MID 500082 RID [1] Response '2.0.0 Ok: queued as C1F7F769'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500082 done
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20002 MID 500084 to RID [0]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20002 MID 500084 to RID [0]
Sun Mar 10 08:00:23 2024 Info: MID 500084 RID [0] Response '2.0.0 Ok: queued as 261C746'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500084 done
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20000 MID 500085 to RID [1, 4]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20000 MID 500085 to RID [1, 4]
Sun Mar 10 08:00:23 2024 Info: MID 500085 RID [1, 4] Response '2.0.0 Ok: queued as 81CB94FC'
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20006 MID 500087 to RID [1]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20006 MID 500087 to RID [1]
Sun Mar 10 08:00:23 2024 Info: MID 500087 RID [1] Response '2.0.0 Ok: queued as 52727B91'
Sun Mar 10 08:00:23 2024 Info: New SMTP ICID 100046 interface Data 1 (10.0.0.25) address 203.0.113.11 reverse dns host mail-yw1.gmail.example verified yes
Sun Mar 10 08:00:23 2024 Info: ICID 100046 ACCEPT SG UNKNOWNLIST match sbrs[-1.0:10.0] SBRS 3.5 country United States
Sun Mar 10 08:00:23 2024 Info: ICID 100046 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20002 MID 500074 to RID [0]
Sun Mar 10 08:00:23 2024 Info: Bounced: DCID 20002 MID 500074 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:23 2024 Info: MID 500089 generated for bounce of MID 500074
Sun Mar 10 08:00:23 2024 Info: Start MID 500089 ICID 0
Sun Mar 10 08:00:23 2024 Info: MID 500089 ICID 0 From: <>
Sun Mar 10 08:00:23 2024 Info: MID 500089 ICID 0 RID 0 To: <bob@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500089 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:23 2024 Info: MID 500089 ready 6146 bytes from <>
Sun Mar 10 08:00:23 2024 Info: MID 500089 queued for delivery
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500074 done
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20001 MID 500081 to RID [0]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20001 MID 500081 to RID [0]
Sun Mar 10 08:00:23 2024 Info: MID 500081 RID [0] Response '2.0.0 Ok: queued as C8190459'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500081 done
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20007 MID 500088 to RID [1]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20007 MID 500088 to RID [1]
Sun Mar 10 08:00:23 2024 Info: MID 500088 RID [1] Response '2.0.0 Ok: queued as FA52176C'
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20001 MID 500076 to RID [1]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20001 MID 500076 to RID [1]
Sun Mar 10 08:00:23 2024 Info: MID 500076 RID [1] Response '2.0.0 Ok: queued as 3A24147C'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500076 done
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20000 MID 500077 to RID [0]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20000 MID 500077 to RID [0]
Sun Mar 10 08:00:23 2024 Info: MID 500077 RID [0] Response '2.0.0 Ok: queued as 116B8A90'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500077 done
Sun Mar 10 08:00:23 2024 Info: Start MID 500090 ICID 100040
Sun Mar 10 08:00:23 2024 Info: MID 500090 ICID 100040 From: <frank@oldcorp.example>
Sun Mar 10 08:00:23 2024 Info: MID 500090 ICID 100040 RID 0 To: <frank0@gmail.example>
Sun Mar 10 08:00:23 2024 Info: MID 500090 ICID 100040 RID 1 To: <frank1@university.example>
Sun Mar 10 08:00:23 2024 Info: MID 500090 ICID 100040 RID 2 To: <heidi2@brokenstarttls.example>
Sun Mar 10 08:00:23 2024 Info: MID 500090 Message-ID '<500090.922952291740@oldcorp.example>'
Sun Mar 10 08:00:23 2024 Info: MID 500090 Subject 'Your order has shipped'
Sun Mar 10 08:00:23 2024 Info: MID 500090 ready 242625 bytes from <frank@oldcorp.example>
Sun Mar 10 08:00:23 2024 Info: MID 500090 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:23 2024 Info: MID 500090 antivirus negative
Sun Mar 10 08:00:23 2024 Info: MID 500090 queued for delivery
Sun Mar 10 08:00:23 2024 Info: Start MID 500091 ICID 100041
Sun Mar 10 08:00:23 2024 Info: MID 500091 ICID 100041 From: <frank@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500091 ICID 100041 RID 0 To: <grace0@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500091 ICID 100041 RID 1 To: <grace1@university.example>
Sun Mar 10 08:00:23 2024 Info: MID 500091 Message-ID '<500091.515432133075@outlook.example>'
Sun Mar 10 08:00:23 2024 Info: MID 500091 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:23 2024 Info: MID 500091 ready 249108 bytes from <frank@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500091 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:23 2024 Info: MID 500091 antivirus negative
Sun Mar 10 08:00:23 2024 Info: MID 500091 queued for delivery
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20003 MID 500085 to RID [2, 3]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20003 MID 500085 to RID [2, 3]
Sun Mar 10 08:00:23 2024 Info: MID 500085 RID [2, 3] Response '2.0.0 Ok: queued as 8D298EA8'
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20002 MID 500086 to RID [0]
Sun Mar 10 08:00:23 2024 Info: Message done DCID 20002 MID 500086 to RID [0]
Sun Mar 10 08:00:23 2024 Info: MID 500086 RID [0] Response '2.0.0 Ok: queued as 8A2C111B'
Sun Mar 10 08:00:23 2024 Info: Message finished MID 500086 done
Sun Mar 10 08:00:23 2024 Info: Delivery start DCID 20000 MID 500075 to RID [0]
Sun Mar 10 08:00:23 2024 Info: Delayed: DCID 20000 MID 500075 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:23 2024 Info: MID 500075 to RID [0] pending till Sun Mar 10 08:02:51 2024
Sun Mar 10 08:00:23 2024 Info: Start MID 500092 ICID 100039
Sun Mar 10 08:00:23 2024 Info: MID 500092 ICID 100039 From: <bob@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500092 ICID 100039 RID 0 To: <erin0@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500092 ICID 100039 RID 1 To: <dave1@gmail.example>
Sun Mar 10 08:00:23 2024 Info: MID 500092 Message-ID '<500092.735090386548@outlook.example>'
Sun Mar 10 08:00:23 2024 Info: MID 500092 Subject 'Quarterly report'
Sun Mar 10 08:00:23 2024 Info: MID 500092 ready 282832 bytes from <bob@outlook.example>
Sun Mar 10 08:00:23 2024 Info: MID 500092 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:23 2024 Info: MID 500092 antivirus negative
Sun Mar 10 08:00:23 2024 Info: MID 500092 queued for delivery
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20001 MID 500085 to RID [0, 6]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20001 MID 500085 to RID [0, 6]
Sun Mar 10 08:00:24 2024 Info: MID 500085 RID [0, 6] Response '2.0.0 Ok: queued as 927421BF'
Sun Mar 10 08:00:24 2024 Info: Message finished MID 500085 done
Sun Mar 10 08:00:24 2024 Info: ICID 100039 close
Sun Mar 10 08:00:24 2024 Info: Bounced: DCID 0 MID 500083 to RID 0 - 5.1.2 - Bad destination host ('000', ['DNS Hard Error looking up nxdomain.example (MX):  NXDomain'])
Sun Mar 10 08:00:24 2024 Info: MID 500093 generated for bounce of MID 500083
Sun Mar 10 08:00:24 2024 Info: Start MID 500093 ICID 0
Sun Mar 10 08:00:24 2024 Info: MID 500093 ICID 0 From: <>
Sun Mar 10 08:00:24 2024 Info: MID 500093 ICID 0 RID 0 To: <judy@oldcorp.example>
Sun Mar 10 08:00:24 2024 Info: MID 500093 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:24 2024 Info: MID 500093 ready 8891 bytes from <>
Sun Mar 10 08:00:24 2024 Info: MID 500093 queued for delivery
Sun Mar 10 08:00:24 2024 Info: Message finished MID 500083 done
Sun Mar 10 08:00:24 2024 Info: ICID 100041 close
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20003 MID 500091 to RID [0]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20003 MID 500091 to RID [0]
Sun Mar 10 08:00:24 2024 Info: MID 500091 RID [0] Response '2.0.0 Ok: queued as DBD526F4'
Sun Mar 10 08:00:24 2024 Info: Start MID 500094 ICID 100043
Sun Mar 10 08:00:24 2024 Info: MID 500094 ICID 100043 From: <erin@partner-bank.example>
Sun Mar 10 08:00:24 2024 Info: MID 500094 ICID 100043 RID 0 To: <ivan0@university.example>
Sun Mar 10 08:00:24 2024 Info: MID 500094 ICID 100043 RID 1 To: <carol1@outlook.example>
Sun Mar 10 08:00:24 2024 Info: MID 500094 ICID 100043 RID 2 To: <grace2@partner-bank.example>
Sun Mar 10 08:00:24 2024 Info: MID 500094 Message-ID '<500094.368455919649@partner-bank.example>'
Sun Mar 10 08:00:24 2024 Info: MID 500094 Subject 'Password reset'
Sun Mar 10 08:00:24 2024 Info: MID 500094 ready 203158 bytes from <erin@partner-bank.example>
Sun Mar 10 08:00:24 2024 Info: MID 500094 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:24 2024 Info: MID 500094 antivirus negative
Sun Mar 10 08:00:24 2024 Info: MID 500094 queued for delivery
Sun Mar 10 08:00:24 2024 Info: Start MID 500095 ICID 100046
Sun Mar 10 08:00:24 2024 Info: MID 500095 ICID 100046 From: <alice@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500095 ICID 100046 RID 0 To: <ivan0@outlook.example>
Sun Mar 10 08:00:24 2024 Info: MID 500095 Message-ID '<500095.100116418084@gmail.example>'
Sun Mar 10 08:00:24 2024 Info: MID 500095 Subject 'Meeting notes'
Sun Mar 10 08:00:24 2024 Info: MID 500095 ready 133373 bytes from <alice@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500095 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:24 2024 Info: MID 500095 antivirus negative
Sun Mar 10 08:00:24 2024 Info: MID 500095 queued for delivery
Sun Mar 10 08:00:24 2024 Info: Start MID 500096 ICID 100044
Sun Mar 10 08:00:24 2024 Info: MID 500096 ICID 100044 From: <alice@newsletter.example>
Sun Mar 10 08:00:24 2024 Info: MID 500096 ICID 100044 RID 0 To: <ivan0@strict-gov.example>
Sun Mar 10 08:00:24 2024 Info: MID 500096 ICID 100044 RID 1 To: <erin1@outlook.example>
Sun Mar 10 08:00:24 2024 Info: MID 500096 ICID 100044 RID 2 To: <carol2@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500096 Message-ID '<500096.202161207110@newsletter.example>'
Sun Mar 10 08:00:24 2024 Info: MID 500096 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:24 2024 Info: MID 500096 ready 304126 bytes from <alice@newsletter.example>
Sun Mar 10 08:00:24 2024 Info: MID 500096 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:24 2024 Info: MID 500096 antivirus negative
Sun Mar 10 08:00:24 2024 Info: MID 500096 queued for delivery
Sun Mar 10 08:00:24 2024 Info: ICID 100043 close
Sun Mar 10 08:00:24 2024 Info: ICID 100046 close
Sun Mar 10 08:00:24 2024 Info: ICID 100044 close
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20001 MID 500090 to RID [0]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20001 MID 500090 to RID [0]
Sun Mar 10 08:00:24 2024 Info: MID 500090 RID [0] Response '2.0.0 Ok: queued as 2B3E2DDF'
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20007 MID 500090 to RID [2]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20007 MID 500090 to RID [2]
Sun Mar 10 08:00:24 2024 Info: MID 500090 RID [2] Response '2.0.0 Ok: queued as F257541A'
Sun Mar 10 08:00:24 2024 Info: Start MID 500097 ICID 100045
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 From: <judy@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 RID 0 To: <judy0@outlook.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 RID 1 To: <carol1@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 RID 2 To: <erin2@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 RID 3 To: <bob3@partner-bank.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 RID 4 To: <judy4@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 RID 5 To: <frank5@university.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 RID 6 To: <alice6@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 ICID 100045 RID 7 To: <bob7@university.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 Message-ID '<500097.713726603962@gmail.example>'
Sun Mar 10 08:00:24 2024 Info: MID 500097 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:24 2024 Info: MID 500097 ready 394903 bytes from <judy@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500097 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:24 2024 Info: MID 500097 antivirus negative
Sun Mar 10 08:00:24 2024 Info: MID 500097 queued for delivery
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20002 MID 500087 to RID [2]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20002 MID 500087 to RID [2]
Sun Mar 10 08:00:24 2024 Info: MID 500087 RID [2] Response '2.0.0 Ok: queued as EBCE9603'
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20005 MID 500087 to RID [0]
Sun Mar 10 08:00:24 2024 Info: Delayed: DCID 20005 MID 500087 to RID 0 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:24 2024 Info: MID 500087 to RID [0] pending till Sun Mar 10 08:01:26 2024
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20003 MID 500092 to RID [0]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20003 MID 500092 to RID [0]
Sun Mar 10 08:00:24 2024 Info: MID 500092 RID [0] Response '2.0.0 Ok: queued as 93C42370'
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20003 MID 500089 to RID [0]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20003 MID 500089 to RID [0]
Sun Mar 10 08:00:24 2024 Info: MID 500089 RID [0] Response '2.0.0 Ok: queued as C2555E2E'
Sun Mar 10 08:00:24 2024 Info: Message finished MID 500089 done
Sun Mar 10 08:00:24 2024 Info: ICID 100045 close
Sun Mar 10 08:00:24 2024 Info: Delivery start DCID 20005 MID 500090 to RID [1]
Sun Mar 10 08:00:24 2024 Info: Message done DCID 20005 MID 500090 to RID [1]
Sun Mar 10 08:00:24 2024 Info: MID 500090 RID [1] Response '2.0.0 Ok: queued as 6D26A5E3'
Sun Mar 10 08:00:24 2024 Info: Message finished MID 500090 done
Sun Mar 10 08:00:24 2024 Info: Start MID 500098 ICID 100040
Sun Mar 10 08:00:24 2024 Info: MID 500098 ICID 100040 From: <judy@oldcorp.example>
Sun Mar 10 08:00:24 2024 Info: MID 500098 ICID 100040 RID 0 To: <frank0@partner-bank.example>
Sun Mar 10 08:00:24 2024 Info: MID 500098 ICID 100040 RID 1 To: <carol1@gmail.example>
Sun Mar 10 08:00:24 2024 Info: MID 500098 Message-ID '<500098.118062964239@oldcorp.example>'
Sun Mar 10 08:00:24 2024 Info: MID 500098 Subject 'Meeting notes'
Sun Mar 10 08:00:24 2024 Info: MID 500098 ready 177909 bytes from <judy@oldcorp.example>
Sun Mar 10 08:00:24 2024 Info: MID 500098 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:24 2024 Info: MID 500098 antivirus negative
Sun Mar 10 08:00:24 2024 Info: MID 500098 queued for delivery
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20003 MID 500097 to RID [0]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20003 MID 500097 to RID [0]
Sun Mar 10 08:00:25 2024 Info: MID 500097 RID [0] Response '2.0.0 Ok: queued as 8E9F586D'
Sun Mar 10 08:00:25 2024 Info: Start MID 500099 ICID 100042
Sun Mar 10 08:00:25 2024 Info: MID 500099 ICID 100042 From: <carol@oldcorp.example>
Sun Mar 10 08:00:25 2024 Info: MID 500099 ICID 100042 RID 0 To: <grace0@oldcorp.example>
Sun Mar 10 08:00:25 2024 Info: MID 500099 Message-ID '<500099.892325209651@oldcorp.example>'
Sun Mar 10 08:00:25 2024 Info: MID 500099 Subject 'Fwd: contract draft'
Sun Mar 10 08:00:25 2024 Info: MID 500099 ready 230400 bytes from <carol@oldcorp.example>
Sun Mar 10 08:00:25 2024 Info: MID 500099 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:25 2024 Info: MID 500099 antivirus negative
Sun Mar 10 08:00:25 2024 Info: MID 500099 queued for delivery
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20003 MID 500088 to RID [0]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20003 MID 500088 to RID [0]
Sun Mar 10 08:00:25 2024 Info: MID 500088 RID [0] Response '2.0.0 Ok: queued as C86047F'
Sun Mar 10 08:00:25 2024 Info: ICID 100040 close
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20001 MID 500098 to RID [1]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20001 MID 500098 to RID [1]
Sun Mar 10 08:00:25 2024 Info: MID 500098 RID [1] Response '2.0.0 Ok: queued as F42EFE4'
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20002 MID 500088 to RID [2]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20002 MID 500088 to RID [2]
Sun Mar 10 08:00:25 2024 Info: MID 500088 RID [2] Response '2.0.0 Ok: queued as 4A1EB60D'
Sun Mar 10 08:00:25 2024 Info: Message finished MID 500088 done
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20003 MID 500094 to RID [1]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20003 MID 500094 to RID [1]
Sun Mar 10 08:00:25 2024 Info: MID 500094 RID [1] Response '2.0.0 Ok: queued as 3E71E75'
Sun Mar 10 08:00:25 2024 Info: New SMTP DCID 20009 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:00:25 2024 Info: DCID 20009 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:00:25 2024 Info: Delayed: DCID 20009 MID 500096 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:00:25 2024 Info: DCID 20009 close
Sun Mar 10 08:00:25 2024 Info: MID 500096 to RID [0] pending till Sun Mar 10 08:02:26 2024
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20000 MID 500097 to RID [3]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20000 MID 500097 to RID [3]
Sun Mar 10 08:00:25 2024 Info: MID 500097 RID [3] Response '2.0.0 Ok: queued as D904B671'
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20001 MID 500092 to RID [1]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20001 MID 500092 to RID [1]
Sun Mar 10 08:00:25 2024 Info: MID 500092 RID [1] Response '2.0.0 Ok: queued as F3644DA8'
Sun Mar 10 08:00:25 2024 Info: Message finished MID 500092 done
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20001 MID 500097 to RID [1, 2, 4, 6]
Sun Mar 10 08:00:25 2024 Info: Delayed: DCID 20001 MID 500097 to RID 2 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:25 2024 Info: Delayed: DCID 20001 MID 500097 to RID 4 - 4.3.2 - Not accepting messages at this time ('421', ['4.3.2 try again later'])
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20001 MID 500097 to RID [1, 6]
Sun Mar 10 08:00:25 2024 Info: MID 500097 RID [1, 6] Response '2.0.0 Ok: queued as 2471DABD'
Sun Mar 10 08:00:25 2024 Info: MID 500097 to RID [2, 4] pending till Sun Mar 10 08:03:12 2024
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20003 MID 500095 to RID [0]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20003 MID 500095 to RID [0]
Sun Mar 10 08:00:25 2024 Info: MID 500095 RID [0] Response '2.0.0 Ok: queued as 9DDCD210'
Sun Mar 10 08:00:25 2024 Info: Message finished MID 500095 done
Sun Mar 10 08:00:25 2024 Info: Delivery start DCID 20003 MID 500096 to RID [1]
Sun Mar 10 08:00:25 2024 Info: Message done DCID 20003 MID 500096 to RID [1]
Sun Mar 10 08:00:25 2024 Info: MID 500096 RID [1] Response '2.0.0 Ok: queued as 856096A4'
Sun Mar 10 08:00:26 2024 Info: Delivery start DCID 20002 MID 500093 to RID [0]
Sun Mar 10 08:00:26 2024 Info: Bounced: DCID 20002 MID 500093 to RID 0 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:26 2024 Info: Message finished MID 500093 done
Sun Mar 10 08:00:26 2024 Info: Delivery start DCID 20000 MID 500098 to RID [0]
Sun Mar 10 08:00:26 2024 Info: Message done DCID 20000 MID 500098 to RID [0]
Sun Mar 10 08:00:26 2024 Info: MID 500098 RID [0] Response '2.0.0 Ok: queued as 680542EF'
Sun Mar 10 08:00:26 2024 Info: Message finished MID 500098 done
Sun Mar 10 08:00:26 2024 Info: Delivery start DCID 20005 MID 500094 to RID [0]
Sun Mar 10 08:00:26 2024 Info: Message done DCID 20005 MID 500094 to RID [0]
Sun Mar 10 08:00:26 2024 Info: MID 500094 RID [0] Response '2.0.0 Ok: queued as 5C5FAFB5'
Sun Mar 10 08:00:26 2024 Info: Delivery start DCID 20005 MID 500091 to RID [1]
Sun Mar 10 08:00:26 2024 Info: Message done DCID 20005 MID 500091 to RID [1]
Sun Mar 10 08:00:26 2024 Info: MID 500091 RID [1] Response '2.0.0 Ok: queued as F2E48871'
Sun Mar 10 08:00:26 2024 Info: Message finished MID 500091 done
Sun Mar 10 08:00:26 2024 Info: Delivery start DCID 20001 MID 500096 to RID [2]
Sun Mar 10 08:00:26 2024 Info: Message done DCID 20001 MID 500096 to RID [2]
Sun Mar 10 08:00:26 2024 Info: MID 500096 RID [2] Response '2.0.0 Ok: queued as 665EAFD9'
Sun Mar 10 08:00:26 2024 Info: Delivery start DCID 20005 MID 500097 to RID [5, 7]
Sun Mar 10 08:00:26 2024 Info: Bounced: DCID 20005 MID 500097 to RID 7 - 5.1.1 - Bad destination mailbox address ('550', ['5.1.1 User unknown'])
Sun Mar 10 08:00:26 2024 Info: MID 500100 generated for bounce of MID 500097
Sun Mar 10 08:00:26 2024 Info: Start MID 500100 ICID 0
Sun Mar 10 08:00:26 2024 Info: MID 500100 ICID 0 From: <>
Sun Mar 10 08:00:26 2024 Info: MID 500100 ICID 0 RID 0 To: <judy@gmail.example>
Sun Mar 10 08:00:26 2024 Info: MID 500100 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:00:26 2024 Info: MID 500100 ready 5545 bytes from <>
Sun Mar 10 08:00:26 2024 Info: MID 500100 queued for delivery
Sun Mar 10 08:00:26 2024 Info: Message done DCID 20005 MID 500097 to RID [5]
Sun Mar 10 08:00:26 2024 Info: MID 500097 RID [5] Response '2.0.0 Ok: queued as 2F90EF3F'
Sun Mar 10 08:00:26 2024 Info: Delivery start DCID 20000 MID 500094 to RID [2]
Sun Mar 10 08:00:26 2024 Info: Message done DCID 20000 MID 500094 to RID [2]
Sun Mar 10 08:00:26 2024 Info: MID 500094 RID [2] Response '2.0.0 Ok: queued as E0287D1B'
Sun Mar 10 08:00:26 2024 Info: Message finished MID 500094 done
Sun Mar 10 08:00:27 2024 Info: Delivery start DCID 20002 MID 500099 to RID [0]
Sun Mar 10 08:00:27 2024 Info: Message done DCID 20002 MID 500099 to RID [0]
Sun Mar 10 08:00:27 2024 Info: MID 500099 RID [0] Response '2.0.0 Ok: queued as 42D50721'
Sun Mar 10 08:00:27 2024 Info: Message finished MID 500099 done
Sun Mar 10 08:00:27 2024 Info: Delivery start DCID 20001 MID 500100 to RID [0]
Sun Mar 10 08:00:27 2024 Info: Message done DCID 20001 MID 500100 to RID [0]
Sun Mar 10 08:00:27 2024 Info: MID 500100 RID [0] Response '2.0.0 Ok: queued as A3D2FE89'
Sun Mar 10 08:00:27 2024 Info: Message finished MID 500100 done
Sun Mar 10 08:00:28 2024 Info: Start MID 500101 ICID 100042
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 From: <erin@oldcorp.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 RID 0 To: <frank0@oldcorp.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 RID 1 To: <heidi1@oldcorp.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 RID 2 To: <ivan2@oldcorp.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 RID 3 To: <erin3@outlook.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 RID 4 To: <heidi4@partner-bank.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 RID 5 To: <heidi5@outlook.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 RID 6 To: <alice6@legacy-law.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 ICID 100042 RID 7 To: <frank7@partner-bank.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 Message-ID '<500101.288726778413@oldcorp.example>'
Sun Mar 10 08:00:28 2024 Info: MID 500101 Subject 'Ünïcode sübject ✓'
Sun Mar 10 08:00:28 2024 Info: MID 500101 ready 385232 bytes from <erin@oldcorp.example>
Sun Mar 10 08:00:28 2024 Info: MID 500101 matched all recipients for per-recipient policy DEFAULT in the inbound table
Sun Mar 10 08:00:28 2024 Info: MID 500101 antivirus negative
Sun Mar 10 08:00:28 2024 Info: MID 500101 queued for delivery
Sun Mar 10 08:00:28 2024 Info: ICID 100042 close
Sun Mar 10 08:00:28 2024 Info: Delivery start DCID 20002 MID 500101 to RID [0, 1, 2]
Sun Mar 10 08:00:28 2024 Info: Message done DCID 20002 MID 500101 to RID [0, 1, 2]
Sun Mar 10 08:00:28 2024 Info: MID 500101 RID [0, 1, 2] Response '2.0.0 Ok: queued as FC264576'
Sun Mar 10 08:00:28 2024 Info: Delivery start DCID 20003 MID 500101 to RID [3, 5]
Sun Mar 10 08:00:28 2024 Info: Message done DCID 20003 MID 500101 to RID [3, 5]
Sun Mar 10 08:00:28 2024 Info: MID 500101 RID [3, 5] Response '2.0.0 Ok: queued as 940C46D6'
Sun Mar 10 08:00:29 2024 Info: Delivery start DCID 20004 MID 500101 to RID [6]
Sun Mar 10 08:00:29 2024 Info: Message done DCID 20004 MID 500101 to RID [6]
Sun Mar 10 08:00:29 2024 Info: MID 500101 RID [6] Response '2.0.0 Ok: queued as 3131B9EE'
Sun Mar 10 08:00:30 2024 Info: Delivery start DCID 20000 MID 500101 to RID [4, 7]
Sun Mar 10 08:00:30 2024 Info: Message done DCID 20000 MID 500101 to RID [4, 7]
Sun Mar 10 08:00:30 2024 Info: MID 500101 RID [4, 7] Response '2.0.0 Ok: queued as 2BDE7123'
Sun Mar 10 08:00:30 2024 Info: Message finished MID 500101 done
Sun Mar 10 08:00:33 2024 Info: DCID 20006 close
Sun Mar 10 08:00:34 2024 Info: DCID 20007 close
Sun Mar 10 08:00:36 2024 Info: DCID 20005 close
Sun Mar 10 08:00:37 2024 Info: DCID 20001 close
Sun Mar 10 08:00:38 2024 Info: DCID 20002 close
Sun Mar 10 08:00:38 2024 Info: DCID 20003 close
Sun Mar 10 08:00:39 2024 Info: DCID 20004 close
Sun Mar 10 08:00:40 2024 Info: DCID 20000 close
Sun Mar 10 08:01:26 2024 Info: New SMTP DCID 20010 interface 10.0.0.26 address 198.51.100.90 port 25
Sun Mar 10 08:01:26 2024 Info: DCID 20010 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256 CN=smtp.university.example
Sun Mar 10 08:01:26 2024 Info: Delivery start DCID 20010 MID 500087 to RID [0]
Sun Mar 10 08:01:26 2024 Info: Message done DCID 20010 MID 500087 to RID [0]
Sun Mar 10 08:01:26 2024 Info: MID 500087 RID [0] Response '2.0.0 Ok: queued as 374DB28'
Sun Mar 10 08:01:26 2024 Info: Message finished MID 500087 done
Sun Mar 10 08:01:29 2024 Info: New SMTP DCID 20011 interface 10.0.0.26 address 198.51.100.40 port 25
Sun Mar 10 08:01:29 2024 Info: DCID 20011 TLS success protocol TLSv1 cipher AES128-SHA CN=mail.oldcorp.example
Sun Mar 10 08:01:29 2024 Info: Delivery start DCID 20011 MID 500039 to RID [1]
Sun Mar 10 08:01:29 2024 Info: Message done DCID 20011 MID 500039 to RID [1]
Sun Mar 10 08:01:29 2024 Info: MID 500039 RID [1] Response '2.0.0 Ok: queued as F37AF58F'
Sun Mar 10 08:01:29 2024 Info: Message finished MID 500039 done
Sun Mar 10 08:01:36 2024 Info: DCID 20010 close
Sun Mar 10 08:01:39 2024 Info: DCID 20011 close
Sun Mar 10 08:01:58 2024 Info: New SMTP DCID 20012 interface 10.0.0.26 address 198.51.100.60 port 25
Sun Mar 10 08:01:58 2024 Info: DCID 20012 TLS failed: STARTTLS unexpected response
Sun Mar 10 08:01:58 2024 Info: Delivery start DCID 20012 MID 500015 to RID [1]
Sun Mar 10 08:01:58 2024 Info: Message done DCID 20012 MID 500015 to RID [1]
Sun Mar 10 08:01:58 2024 Info: MID 500015 RID [1] Response '2.0.0 Ok: queued as 9E50EF73'
Sun Mar 10 08:01:58 2024 Info: Message finished MID 500015 done
Sun Mar 10 08:02:08 2024 Info: DCID 20012 close
Sun Mar 10 08:02:14 2024 Info: New SMTP DCID 20013 interface 10.0.0.26 address 198.51.100.30 port 25
Sun Mar 10 08:02:14 2024 Info: DCID 20013 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-SHA384
Sun Mar 10 08:02:14 2024 Info: Delivery start DCID 20013 MID 500070 to RID [5]
Sun Mar 10 08:02:14 2024 Info: Message done DCID 20013 MID 500070 to RID [5]
Sun Mar 10 08:02:14 2024 Info: MID 500070 RID [5] Response '2.0.0 Ok: queued as A5285562'
Sun Mar 10 08:02:24 2024 Info: DCID 20013 close
Sun Mar 10 08:02:26 2024 Info: New SMTP DCID 20014 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:02:26 2024 Info: DCID 20014 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:02:26 2024 Info: Delayed: DCID 20014 MID 500096 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:02:26 2024 Info: DCID 20014 close
Sun Mar 10 08:02:26 2024 Info: MID 500096 to RID [0] pending till Sun Mar 10 08:04:03 2024
Sun Mar 10 08:02:31 2024 Info: New SMTP DCID 20015 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:02:31 2024 Info: DCID 20015 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:02:31 2024 Info: Delayed: DCID 20015 MID 500070 to RID [6] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:02:31 2024 Info: DCID 20015 close
Sun Mar 10 08:02:31 2024 Info: MID 500070 to RID [6] pending till Sun Mar 10 08:06:49 2024
Sun Mar 10 08:02:51 2024 Info: New SMTP DCID 20016 interface 10.0.0.26 address 198.51.100.10 port 25
Sun Mar 10 08:02:51 2024 Info: DCID 20016 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.partner-bank.example
Sun Mar 10 08:02:51 2024 Info: Delivery start DCID 20016 MID 500075 to RID [0]
Sun Mar 10 08:02:51 2024 Info: Message done DCID 20016 MID 500075 to RID [0]
Sun Mar 10 08:02:51 2024 Info: MID 500075 RID [0] Response '2.0.0 Ok: queued as FB03BE4E'
Sun Mar 10 08:02:51 2024 Info: Message finished MID 500075 done
Sun Mar 10 08:03:01 2024 Info: DCID 20016 close
Sun Mar 10 08:03:12 2024 Info: New SMTP DCID 20017 interface 10.0.0.26 address 198.51.100.20 port 25
Sun Mar 10 08:03:12 2024 Info: DCID 20017 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:03:12 2024 Info: Delivery start DCID 20017 MID 500097 to RID [2, 4]
Sun Mar 10 08:03:12 2024 Info: Message done DCID 20017 MID 500097 to RID [2, 4]
Sun Mar 10 08:03:12 2024 Info: MID 500097 RID [2, 4] Response '2.0.0 Ok: queued as 44E8D854'
Sun Mar 10 08:03:12 2024 Info: Message finished MID 500097 done
Sun Mar 10 08:03:22 2024 Info: DCID 20017 close
Sun Mar 10 08:04:03 2024 Info: New SMTP DCID 20018 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:04:03 2024 Info: DCID 20018 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:04:03 2024 Info: Delayed: DCID 20018 MID 500096 to RID [0] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:04:03 2024 Info: DCID 20018 close
Sun Mar 10 08:04:03 2024 Info: Bounced: DCID 0 MID 500096 to RID 0 - 5.4.7 - Delivery expired (message too old) ('000', ['timeout'])
Sun Mar 10 08:04:03 2024 Info: MID 500102 generated for bounce of MID 500096
Sun Mar 10 08:04:03 2024 Info: Start MID 500102 ICID 0
Sun Mar 10 08:04:03 2024 Info: MID 500102 ICID 0 From: <>
Sun Mar 10 08:04:03 2024 Info: MID 500102 ICID 0 RID 0 To: <alice@newsletter.example>
Sun Mar 10 08:04:03 2024 Info: MID 500102 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:04:03 2024 Info: MID 500102 ready 6432 bytes from <>
Sun Mar 10 08:04:03 2024 Info: MID 500102 queued for delivery
Sun Mar 10 08:04:03 2024 Info: Message finished MID 500096 done
Sun Mar 10 08:04:04 2024 Info: New SMTP DCID 20019 interface 10.0.0.26 address 198.51.100.70 port 25
Sun Mar 10 08:04:04 2024 Info: Delivery start DCID 20019 MID 500102 to RID [0]
Sun Mar 10 08:04:04 2024 Info: Message done DCID 20019 MID 500102 to RID [0]
Sun Mar 10 08:04:04 2024 Info: MID 500102 RID [0] Response '2.0.0 Ok: queued as 33EA2A8D'
Sun Mar 10 08:04:04 2024 Info: Message finished MID 500102 done
Sun Mar 10 08:04:13 2024 Info: New SMTP DCID 20020 interface 10.0.0.26 address 198.51.100.90 port 25
Sun Mar 10 08:04:13 2024 Info: DCID 20020 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES128-GCM-SHA256 CN=smtp.university.example
Sun Mar 10 08:04:13 2024 Info: Delivery start DCID 20020 MID 500025 to RID [1]
Sun Mar 10 08:04:13 2024 Info: Message done DCID 20020 MID 500025 to RID [1]
Sun Mar 10 08:04:13 2024 Info: MID 500025 RID [1] Response '2.0.0 Ok: queued as 67F8E856'
Sun Mar 10 08:04:13 2024 Info: Message finished MID 500025 done
Sun Mar 10 08:04:14 2024 Info: DCID 20019 close
Sun Mar 10 08:04:20 2024 Info: New SMTP DCID 20021 interface 10.0.0.26 address 198.51.100.70 port 25
Sun Mar 10 08:04:20 2024 Info: Delivery start DCID 20021 MID 500040 to RID [0]
Sun Mar 10 08:04:20 2024 Info: Message done DCID 20021 MID 500040 to RID [0]
Sun Mar 10 08:04:20 2024 Info: MID 500040 RID [0] Response '2.0.0 Ok: queued as A5083526'
Sun Mar 10 08:04:20 2024 Info: Message finished MID 500040 done
Sun Mar 10 08:04:23 2024 Info: DCID 20020 close
Sun Mar 10 08:04:30 2024 Info: DCID 20021 close
Sun Mar 10 08:04:34 2024 Info: New SMTP DCID 20022 interface 10.0.0.26 address 198.51.100.70 port 25
Sun Mar 10 08:04:34 2024 Info: Delivery start DCID 20022 MID 500064 to RID [0]
Sun Mar 10 08:04:34 2024 Info: Message done DCID 20022 MID 500064 to RID [0]
Sun Mar 10 08:04:34 2024 Info: MID 500064 RID [0] Response '2.0.0 Ok: queued as 87E2E9D9'
Sun Mar 10 08:04:34 2024 Info: Message finished MID 500064 done
Sun Mar 10 08:04:44 2024 Info: DCID 20022 close
Sun Mar 10 08:04:46 2024 Info: New SMTP DCID 20023 interface 10.0.0.26 address 198.51.100.20 port 25
Sun Mar 10 08:04:46 2024 Info: DCID 20023 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:04:46 2024 Info: Delivery start DCID 20023 MID 500009 to RID [0]
Sun Mar 10 08:04:46 2024 Info: Message done DCID 20023 MID 500009 to RID [0]
Sun Mar 10 08:04:46 2024 Info: MID 500009 RID [0] Response '2.0.0 Ok: queued as B5252EEC'
Sun Mar 10 08:04:46 2024 Info: Message finished MID 500009 done
Sun Mar 10 08:04:51 2024 Info: New SMTP DCID 20024 interface 10.0.0.26 address 198.51.100.10 port 25
Sun Mar 10 08:04:51 2024 Info: DCID 20024 TLS success protocol TLSv1.2 cipher ECDHE-RSA-AES256-GCM-SHA384 CN=mx.partner-bank.example
Sun Mar 10 08:04:51 2024 Info: Delivery start DCID 20024 MID 500000 to RID [1]
Sun Mar 10 08:04:51 2024 Info: Message done DCID 20024 MID 500000 to RID [1]
Sun Mar 10 08:04:51 2024 Info: MID 500000 RID [1] Response '2.0.0 Ok: queued as 8C4A9931'
Sun Mar 10 08:04:51 2024 Info: Message finished MID 500000 done
Sun Mar 10 08:04:56 2024 Info: DCID 20023 close
Sun Mar 10 08:05:01 2024 Info: DCID 20024 close
Sun Mar 10 08:06:49 2024 Info: New SMTP DCID 20025 interface 10.0.0.26 address 198.51.100.80 port 25
Sun Mar 10 08:06:49 2024 Info: DCID 20025 IP 198.51.100.80 TLS was required but could not be successfully negotiated
Sun Mar 10 08:06:49 2024 Info: Delayed: DCID 20025 MID 500070 to RID [6] - 4.7.0 - TLS required but not available ('000', ['TLS was required'])
Sun Mar 10 08:06:49 2024 Info: DCID 20025 close
Sun Mar 10 08:06:49 2024 Info: Bounced: DCID 0 MID 500070 to RID 6 - 5.4.7 - Delivery expired (message too old) ('000', ['timeout'])
Sun Mar 10 08:06:49 2024 Info: MID 500103 generated for bounce of MID 500070
Sun Mar 10 08:06:49 2024 Info: Start MID 500103 ICID 0
Sun Mar 10 08:06:49 2024 Info: MID 500103 ICID 0 From: <>
Sun Mar 10 08:06:49 2024 Info: MID 500103 ICID 0 RID 0 To: <erin@gmail.example>
Sun Mar 10 08:06:49 2024 Info: MID 500103 Subject 'Delivery Status Notification (Failure)'
Sun Mar 10 08:06:49 2024 Info: MID 500103 ready 2697 bytes from <>
Sun Mar 10 08:06:49 2024 Info: MID 500103 queued for delivery
Sun Mar 10 08:06:49 2024 Info: Message finished MID 500070 done
Sun Mar 10 08:06:50 2024 Info: New SMTP DCID 20026 interface 10.0.0.26 address 198.51.100.20 port 25
Sun Mar 10 08:06:50 2024 Info: DCID 20026 TLS success protocol TLSv1.3 cipher TLS_AES_256_GCM_SHA384
Sun Mar 10 08:06:50 2024 Info: Delivery start DCID 20026 MID 500103 to RID [0]
Sun Mar 10 08:06:50 2024 Info: Message done DCID 20026 MID 500103 to RID [0]
Sun Mar 10 08:06:50 2024 Info: MID 500103 RID [0] Response '2.0.0 Ok: queued as F210D034'
Sun Mar 10 08:06:50 2024 Info: Message finished MID 500103 done
Sun Mar 10 08:07:00 2024 Info: DCID 20026 close
