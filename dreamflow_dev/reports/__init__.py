"""Dream Flow's own reports on its data, beside the Supabase-shaped stack the rest of the package runs:
the streak leaderboard (`leaderboard`), the analytics views (`analytics`), the nightly job's status
(`cron_status`) and their terminal rendering (`render`)."""
