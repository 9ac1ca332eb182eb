-- Sign-in rate limiting: one counter per key and window instead of a row per
-- failure, so that an attempt can be reserved atomically before its password
-- is checked (lib/auth/rate-limit.ts, ADR 016).
DROP TABLE "LoginAttempt";

-- CreateTable
CREATE TABLE "SignInLimit" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMP(3) NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "SignInLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInLimit_windowStart_idx" ON "SignInLimit"("windowStart");
