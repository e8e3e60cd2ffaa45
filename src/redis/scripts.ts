// The limiter's Lua scripts. Each runs atomically in Redis and reads Redis's clock (TIME), so
// processes on several machines share one clock. A scope (the integration, or the account) is two
// sorted sets: `held` (requests in flight, scored by the end of their lease) and `done` (answered,
// scored by the time their slot frees: the answer plus the interval). A slot is in one or the other.

/** `redis.call('TIME')` in ms, with microseconds (Redis before 5 replicates a script's effects only when asked). */
const NOW = `if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000`;

/**
 * KEYS: pause, then per scope held, done. ARGV: member, leaseMs, ttlMs, then per scope limit, intervalMs.
 * Takes a slot in every scope, or none: returns {1} when granted, else {0, ms to wait} (as a string,
 * since Redis truncates Lua numbers to integers).
 */
export const ACQUIRE = `${NOW}
local member, lease, ttl = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3])
local wait = 0
local paused = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if paused > now then wait = paused - now end
local scopes = (#KEYS - 1) / 2
for i = 1, scopes do
  local held, done = KEYS[2 * i], KEYS[2 * i + 1]
  local limit, interval = tonumber(ARGV[2 + 2 * i]), tonumber(ARGV[3 + 2 * i])
  redis.call('ZREMRANGEBYSCORE', held, '-inf', now)
  redis.call('ZREMRANGEBYSCORE', done, '-inf', now)
  local excess = redis.call('ZCARD', held) + redis.call('ZCARD', done) - limit
  if excess >= 0 then
    -- The slot that frees (excess + 1)-th: an answered one at its score; one in flight at the end
    -- of its lease or, if it is answered right now, an interval from now, whichever comes first.
    local frees = {}
    local answered = redis.call('ZRANGE', done, 0, excess, 'WITHSCORES')
    for j = 2, #answered, 2 do frees[#frees + 1] = tonumber(answered[j]) end
    local flying = redis.call('ZRANGE', held, 0, excess, 'WITHSCORES')
    for j = 2, #flying, 2 do frees[#frees + 1] = math.min(tonumber(flying[j]), now + interval) end
    table.sort(frees)
    wait = math.max(wait, frees[excess + 1] - now)
  end
end
if wait > 0 then return {0, tostring(wait)} end
for i = 1, scopes do
  redis.call('ZADD', KEYS[2 * i], now + lease, member)
  redis.call('PEXPIRE', KEYS[2 * i], ttl)
end
return {1}`;

/**
 * KEYS: per scope held, done. ARGV: member, sent (1 or 0), ttlMs, then per scope intervalMs.
 * An answered request's slot frees an interval after now; one never sent frees at once.
 */
export const RELEASE = `${NOW}
local member, sent, ttl = ARGV[1], ARGV[2], tonumber(ARGV[3])
for i = 1, #KEYS / 2 do
  local held, done = KEYS[2 * i - 1], KEYS[2 * i]
  redis.call('ZREM', held, member)
  if sent == '1' then
    redis.call('ZADD', done, now + tonumber(ARGV[3 + i]), member)
    redis.call('PEXPIRE', done, ttl)
  end
end
return 1`;

/**
 * KEYS: per scope held, done. ARGV: leaseMs, ttlMs, then the members still in flight.
 * Extends their leases; one whose lease ran out while its holder lived is put back.
 */
export const RENEW = `${NOW}
local lease, ttl = tonumber(ARGV[1]), tonumber(ARGV[2])
for i = 1, #KEYS / 2 do
  local held, done = KEYS[2 * i - 1], KEYS[2 * i]
  for j = 3, #ARGV do
    if not redis.call('ZSCORE', done, ARGV[j]) then redis.call('ZADD', held, now + lease, ARGV[j]) end
  end
  redis.call('PEXPIRE', held, ttl)
end
return 1`;

/** KEYS: pause. ARGV: ms. Holds every process back until now + ms, unless already paused longer. */
export const PAUSE = `${NOW}
local ms = tonumber(ARGV[1])
local paused = tonumber(redis.call('GET', KEYS[1]) or '0') or 0
if paused < now + ms then redis.call('SET', KEYS[1], tostring(now + ms), 'PX', math.ceil(ms)) end
return 1`;
