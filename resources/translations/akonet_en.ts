<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountPage</name>
    <message>
        <source>Your name was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed and your other sessions were signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every other session was signed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: signing in asks for a code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: your password alone signs you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up two-step verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Set it up to continue: the other pages open once it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface and the emails AKONet sends you use this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password you sign in with. Your other sessions can be signed out at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your password, AKONet asks for a 6-digit code from an authenticator app on your phone (such as Google Authenticator, Microsoft Authenticator or FreeOTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed-in sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your account is signed in now. Signing a session out ends it at once on that computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivateDeviceDialog</name>
    <message>
        <source>Activating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Activate device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the serial number and the activation code printed on the device&apos;s label. The device then joins your company&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. K7P2M9Q4XA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7K3M-9QPX-2W4R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Cold room 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Valencia store, back room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityModel</name>
    <message>
        <source>From the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityTexts</name>
    <message>
        <source>Invitation sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company profile edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing details edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device renamed or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>privileges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message>
        <source>No action of this kind was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No administrative action was recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityView</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only one kind of action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the newest entries now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every administrative action in your company, newest first: who did it, when, from which address, and what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>The built-in server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s AKONet server address (leave empty to use the server built into this app):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message>
        <source>Per device: %1 for each device and month it is active in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (so far, until the end of the month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment is processed here: the statements show what would be invoiced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out my other sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended if you think someone else knows your password: every other computer where you are signed in has to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Turn on two-step verification for yourself first (My account), then require it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the company&apos;s owner can change its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification for yourself first, on the « My account » page: the owner is one of the people the rule applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and every administrator then sign in with a code from an authenticator app after the password. An administrator who has not set it up yet can only set it up at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require two-step verification for administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You own this company on AKONet: only you can change its profile and see its billing. You can hand it over to one of its administrators; you then stay an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer ownership…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDetailsDialog</name>
    <message>
        <source>AKONet Desktop — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceTexts</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: the device is in contact and reports no alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: no contact with the device for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm: the device reports an alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln device(s)</source>
        <translation>
            <numerusform>%Ln device</numerusform>
            <numerusform>%Ln devices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln in alarm</source>
        <translation>
            <numerusform>%Ln in alarm</numerusform>
            <numerusform>%Ln in alarm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln matching</numerusform>
            <numerusform>%Ln matching</numerusform>
        </translation>
    </message>
    <message>
        <source>No device matches this serial number and activation code. Check both on the device&apos;s label; a device already activated by another company cannot be activated here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong activation codes. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many wrong activation codes. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many wrong activation codes. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role does not allow activating devices. Ask an owner or administrator of your company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is already in your company&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow renaming devices. Ask an owner or administrator of your company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is no longer in your company&apos;s list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this. An administrator of your company can change your role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the serial number printed on the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the activation code printed on the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1 letters and digits of the serial number, as printed on the label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the activation code as printed on the label, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort by this column; click again to reverse the order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesView</name>
    <message>
        <source>No device matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device has this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the list now (it also refreshes by itself every 30 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, serial number, model or location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device is pre-activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices pre-activated for your company appear here. To add a device, activate it with the serial number and the activation code printed on its label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Join %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are invited to join &lt;b&gt;%1&lt;/b&gt; on AKONet. Check your name, choose a password and your language: you will be signed in right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link or the code from the invitation email you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message numerus="yes">
        <source>The link works once, for %n hour(s).</source>
        <translation>
            <numerusform>The link works once, for %n hour.</numerusform>
            <numerusform>The link works once, for %n hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The link works once, for %n day(s).</source>
        <translation>
            <numerusform>The link works once, for %n day.</numerusform>
            <numerusform>The link works once, for %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>We email them a link to join your company; they choose their own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>The time to enter the code has run out. Enter your password again, then a new code from your app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay signed in on this computer. Your password is never stored; a revocable session key is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: no secure system keyring was found (%1). AKONet never stores sessions in plain files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to manage your company&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code your authenticator app shows for AKONet. Lost your phone? Enter one of your recovery codes instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail sent by the server built into this app (registration and password links)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailboxWindow</name>
    <message>
        <source>The mailbox cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails sent by the built-in server. They stay on this computer and need no connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the mailbox again (it also refreshes every few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail yet. Mail sent by the built-in server appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an email to read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ownership transferred to %1. You are now an administrator of the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mailbox (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ownership moves only by a transfer, on the Company page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Change a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this person is in the company. Their email address and password are theirs: only they can change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Enter a valid email address, like name@company.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two email addresses are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid phone number for this country, e.g. +34 912 345 678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This number is not valid for the chosen identification type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an identification type of this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a language from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password different from your current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your app, or a recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the company step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the whole link or code from the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two values are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available for this country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address contains a special form of a character (such as “ﬁ”, a full-width letter or a sign that looks like a letter). Type it with ordinary letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An uppercase letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A symbol, like ! ? # or -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a common password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not your name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invisible or control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both passwords match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password. 1 attempt left before the account is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong email or password. %1 attempts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct. 1 attempt left before the account is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not correct. %1 attempts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not correct. 1 attempt left before the account is blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is not correct. %1 attempts left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is blocked after %1 failed attempts. We sent an email explaining how to reactivate it by choosing a new password. No email? Use « Forgot your password? ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins from this network. Try again in %n second.</numerusform>
            <numerusform>Too many failed sign-ins from this network. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins from this network. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins from this network. Try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-ins from this network. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This link has already been used. Sign in, or ask for a new link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link or code is not valid. Paste it again from the email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check your connection, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is taking too long to answer. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem and could not complete this. Retry in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address already has an account. Sign in, or use « Forgot your password? ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email address already belongs to an AKONet account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address already has a pending invitation. Send it again from the list instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests from this computer. Wait a few minutes, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your safety this session was ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need your attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time to enter the code has run out. Sign in again with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Turn it on in « My account ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is already on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is not on, or its set-up has expired. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordInput</name>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use another address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a new link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent the email again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link or the code from the email we sent you. It is valid for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an account uses %1, we sent it an email with a link to choose a new password. It is valid for %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Password recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address you use to sign in, the one you registered with. We will send it a link to choose a new password. If your account is blocked, the new password also reactivates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the link or the code here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password. Changing it reactivates a blocked account and signs out your other sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed and your account is active. Sign in with your new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationWizard</name>
    <message>
        <source>Password requirements not met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of 3 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in the email we sent you to continue, or paste the link or the code here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We sent an email to &lt;b&gt;%1&lt;/b&gt;. Open the link it contains to continue, or paste the link or the code from the email here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again. It may take a minute to arrive; check your spam folder too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an identification type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — New registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the person who administers your company&apos;s account. It becomes the username of the owner, the only one who can edit the company profile and see billing. We will send a link to this address to continue the registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or code from the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend the email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company&apos;s details. They are saved as you go: you can close this window and open the email link again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identification number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in details as the company&apos;s owner (super-administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address / username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesDialog</name>
    <message>
        <source>Delete the role?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the role « %1 »? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new role: name it, choose what it allows, then Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by %1. A role cannot be deleted while people hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody holds this role yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the people who hold it another role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A role says what the users who hold it may do. Administrators and the owner may do everything a role can give.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles of the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users with this role may:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Application and system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementsModel</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billed devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpDisableDialog</name>
    <message>
        <source>Turning off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account will be protected by your password alone. Confirm with your password and a code from your authenticator app (or a recovery code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the app, or a recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>AKONet recovery codes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each code signs you in once, in place of the code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company requires two-step verification for administrators. Enter your password to start; you will need an authenticator app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password to start. You will need an authenticator app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Scan this code with your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot scan it? Enter this key in the app instead (time-based):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for manual entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Enter the 6-digit code the app shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is on. Keep these recovery codes somewhere safe, away from your phone: each one signs you in once if you lose your phone. They are shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferOwnershipDialog</name>
    <message>
        <source>The password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password is not correct. %n attempt(s) left before your account is blocked.</source>
        <translation>
            <numerusform>The password is not correct. %n attempt left before your account is blocked.</numerusform>
            <numerusform>The password is not correct. %n attempts left before your account is blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your account is blocked after too many wrong passwords, and the company is still yours. We sent you an email explaining how to reactivate your account by choosing a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an active administrator of the company (blocked, removed or given another role). Choose someone else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are no longer the owner of this company, so you cannot transfer it. Sign out and sign in again to see what you can do now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator you choose becomes the owner: only they can edit the company profile, see billing and transfer the company again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You become an administrator: you keep managing devices and people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You both receive an email about the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand &lt;b&gt;%1&lt;/b&gt; over to one of its administrators. Once you confirm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AKONet Desktop — Transfer ownership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your company has no active administrator to hand it over to. Invite an administrator first (or make a member an administrator), then come back here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersTexts</name>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: every privilege; the only one who edits the company profile and sees billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: manages devices, users and roles; not the profile or billing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User: may do what their role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename devices and change their location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the company profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can only look</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited: has not accepted the invitation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords: unlock, or let them reset the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet. Invite the people who work with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent again to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of %1 was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unlocked and was told by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password reset email was sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner can be neither removed nor made an administrator or user. Transfer ownership first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People or pending invitations hold this role. Give them another role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another role already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the owner and administrators can manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person or role no longer exists. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invitation has already been accepted. The list was refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role name contains characters that are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a role for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the company&apos;s roles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose administrator or user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <source>Remove %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) will be signed out at once and can no longer sign in. Their address is free to be invited again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the invitation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link sent to %1 will stop working. You can invite them again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner cannot be removed. Transfer ownership first, on the Company page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this person from the company: their sessions end at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create roles and choose what each lets its users do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite a person by email to join your company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people of your company and the invitations waiting for an answer. Administrators manage devices, users and roles; users do what their role allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only people with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the list again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change kind or role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let this person sign in again; they get an email saying who unlocked the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email this person a link to choose a new password; nobody else ever sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invitation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
