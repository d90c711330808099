"""What one person writes that others will read (board aliases, notes for the next
person), and the checks it passes before anyone sees it."""
