"""The publisher's settings (publishing.yaml): facts of the web site a build is published
on, not of the plan: addresses, the publisher, licence, contact and the accessibility
statement."""
