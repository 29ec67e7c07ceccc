-- wrk script of bench/run: one signed-in session per connection, statuses counted, one result line.
--
-- bench/run starts wrk with as many threads as connections (-t N -c N), so "per thread" is "per
-- connection": each thread takes its own line of the cookie file (one session each — the portal
-- serialises the requests of one session). Arguments after "--": cookie file (or "-" for
-- anonymous), method, body file (or "-"), content type (or "-").
-- A non-2xx answer counts as an error; so does a redirect (to the login page or elsewhere).

local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("index", counter)
  table.insert(threads, thread)
end

local function read_all(path)
  local f = assert(io.open(path, "rb"))
  local data = f:read("*a")
  f:close()
  return data
end

function init(args)
  bad = 0
  statuses = ""
  local cookie_file, method, body_file, content_type = args[1], args[2] or "GET", args[3], args[4]
  local headers = {}
  if cookie_file and cookie_file ~= "-" then
    local lines = {}
    for line in io.lines(cookie_file) do
      if line ~= "" then lines[#lines + 1] = line end
    end
    headers["Cookie"] = lines[((index - 1) % #lines) + 1]
  end
  local body = nil
  if body_file and body_file ~= "-" then
    body = read_all(body_file)
  end
  if content_type and content_type ~= "-" then
    headers["Content-Type"] = content_type
  end
  req = wrk.format(method, nil, headers, body)
end

function request()
  return req
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    bad = bad + 1
    if not string.find(statuses, tostring(status), 1, true) then
      statuses = statuses .. status .. " "
    end
  end
end

function done(summary, latency, requests)
  local non2xx, seen = 0, ""
  for _, t in ipairs(threads) do
    non2xx = non2xx + t:get("bad")
    seen = seen .. t:get("statuses")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT\t%d\t%.1f\t%.1f\t%.1f\t%.1f\t%d\t%d\t%s\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    non2xx + socket, e.timeout, seen))
end
